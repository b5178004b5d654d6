/**
 * The picocli command line: one class per command, starting Spring only for the commands that need the job
 * repository.
 */
package io.newsprep.cli;
