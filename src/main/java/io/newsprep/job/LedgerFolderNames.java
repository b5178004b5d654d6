package io.newsprep.job;

import io.newsprep.input.RealPaths;
import io.newsprep.store.FileLedger;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger knows an input folder by its real path. Ledgers written before named it as the user typed it, which
 * may have gone through a link: such rows are filed under the real path when a run starts, so that the folder's
 * files are not all taken for new. Done once per repository, since this version writes real paths only; a name
 * that does not lead to a folder (an unmounted disk) is left as it is and tried again on the next run.
 */
final class LedgerFolderNames {

    private static final Log log = LogFactory.getLog(LedgerFolderNames.class);
    static final String MIGRATION = "ledger-input-real-paths";

    private LedgerFolderNames() {
    }

    static void fileUnderRealPaths(FileLedger ledger, PlatformTransactionManager transactions) {
        if (ledger.migrated(MIGRATION)) {
            return;
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            boolean all = true;
            for (String name : ledger.inputFolders()) {
                String real = realName(name);
                all &= real != null;
                if (real != null && !real.equals(name)) {
                    int moved = ledger.renameInputFolder(name, real);
                    log.info("ledger: filed " + moved + " rows of input folder " + name + " under its real path " + real);
                }
            }
            if (all) {
                ledger.markMigrated(MIGRATION);
            }
        });
    }

    private static String realName(String name) {
        try {
            Path folder = Path.of(name);
            return Files.isDirectory(folder) ? RealPaths.of(folder).toString() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
