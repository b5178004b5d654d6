/**
 * The JDBC stores in the job repository's database (the file ledger, the publishers' recurring lines), each with
 * its own row types and plain JDBC: no Spring Batch type and no settings type in their signatures.
 */
package io.newsprep.store;
