/**
 * The saved-HTML input format: {@link io.newsprep.input.html.HtmlPageReader} recognises a page and turns it,
 * through jsoup, into the metadata and text lines of one document.
 */
package io.newsprep.input.html;
