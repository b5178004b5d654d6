/** Tags a cleaned article with its language and its publisher (source), from the text, the page and source profiles. */
package io.newsprep.tag;
