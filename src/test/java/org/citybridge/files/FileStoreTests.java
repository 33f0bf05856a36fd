package org.citybridge.files;

import java.util.List;
import java.util.UUID;

import org.citybridge.shared.NotFoundException;
import org.citybridge.submissions.SubmissionTesting;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class FileStoreTests {

    @Autowired
    FileStore files;
    @Autowired
    TransactionTemplate tx;

    @Test
    void describesSeveralFilesInOneGoInTheOrderAsked() {
        StoredFile photo = tx.execute(status -> files.store(new Upload("会场.png", SubmissionTesting.image("png")), FilePolicy.IMAGES, "file"));
        StoredFile scan = tx.execute(status -> files.store(new Upload("签到表.jpg", SubmissionTesting.image("jpg")), FilePolicy.IMAGES, "file"));

        assertThat(files.describeAll(List.of(scan.id(), photo.id()))).extracting(StoredFile::name).containsExactly("签到表.jpg", "会场.png");
        assertThat(files.describeAll(List.of())).isEmpty();
        assertThatThrownBy(() -> files.describeAll(List.of(photo.id(), UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsAttachmentsInTheOrderAskedLeavingOutIdsOfNoFile() {
        StoredFile photo = tx.execute(status -> files.store(new Upload("会场.png", SubmissionTesting.image("png")), FilePolicy.IMAGES, "file"));
        StoredFile scan = tx.execute(status -> files.store(new Upload("签到表.jpg", SubmissionTesting.image("jpg")), FilePolicy.IMAGES, "file"));

        assertThat(files.attachments(List.of(scan.id(), UUID.randomUUID(), photo.id())))
                .extracting(AttachmentView::fileId, AttachmentView::name, AttachmentView::contentType, AttachmentView::size)
                .containsExactly(tuple(scan.id(), "签到表.jpg", "image/jpeg", scan.size()),
                        tuple(photo.id(), "会场.png", "image/png", photo.size()));
        assertThat(files.attachments(List.of())).isEmpty();
    }
}
