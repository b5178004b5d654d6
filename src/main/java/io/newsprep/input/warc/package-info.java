/** Web archives (WARC, and WET text conversions) read record by record with jwarc: one document per record. */
package io.newsprep.input.warc;
