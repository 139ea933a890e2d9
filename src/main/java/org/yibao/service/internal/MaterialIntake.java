package org.yibao.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.InputErrors;
import org.yibao.common.Upload;
import org.yibao.service.Applications;

/**
 * 上传材料 of any application in the hall: every file is checked first (a kind the application knows; JPEG, PNG or
 * PDF by content; the size limit), and one bad file adds none; the good ones are then added together.
 */
@Component
public class MaterialIntake {

    /** One uploaded file under its kind's field name. */
    public interface NewFile {
        String kind();

        @Nullable String fileName();

        byte[] content();
    }

    private final Applications applications;
    private final TransactionTemplate tx;

    MaterialIntake(Applications applications, PlatformTransactionManager transactions) {
        this.applications = applications;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Adds the files to the applicant's draft after every one has been checked; an unknown kind is refused. */
    public void add(long account, long applicationId, List<? extends NewFile> files, Predicate<String> knownKind,
                    String unknownKindCode) {
        InputErrors errors = new InputErrors();
        List<String> kinds = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        for (NewFile f : files) {
            if (!knownKind.test(f.kind())) {
                errors.reject("materials", unknownKindCode);
                continue;
            }
            Upload.Result r = Upload.check(f.fileName(), f.content());
            if (r.errorCode() != null) {
                errors.reject(f.kind(), r.errorCode());
            } else {
                kinds.add(f.kind());
                uploads.add(r.upload());
            }
        }
        errors.throwIfAny();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < uploads.size(); i++) {
                applications.addMaterial(account, applicationId, kinds.get(i), uploads.get(i));
            }
        });
    }
}
