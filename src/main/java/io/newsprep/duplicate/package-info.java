/**
 * Near-duplicate articles (syndicated copies): MinHash signatures of the cleaned body, LSH banding to find
 * candidates, and the assignment of each article to the cluster of the first-seen article it copies.
 */
package io.newsprep.duplicate;
