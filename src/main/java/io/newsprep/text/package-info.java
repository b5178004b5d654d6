/**
 * The one definition of a word, a script and a line's key and shape, and the reader of the data files the
 * word lists live in; every other package builds on these and none of them knows a framework.
 */
package io.newsprep.text;
