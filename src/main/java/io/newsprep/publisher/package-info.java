/**
 * Identifies an article's publisher (its registrable domain and name, and how they were found) from the page's
 * address, copyright and source lines, and the bundled or user-supplied publisher profiles.
 */
package io.newsprep.publisher;
