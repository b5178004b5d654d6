/** Tags a cleaned article with its language (ISO 639-1 code and confidence), from a sample of its prose. */
package io.newsprep.language;
