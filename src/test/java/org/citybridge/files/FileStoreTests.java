package org.citybridge.files;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.citybridge.files.domain.ContentSnifferTest;
import org.citybridge.files.storage.DiskByteStore;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.SubmissionTesting;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
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
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** Found by fault drill 4 (drills/04-upload-disk-full.sh): a full disk answered a bare server error. */
    @Test
    void aDiskThatCannotTakeTheBytesRefusesTheUploadNamingItAndKeepsNothing(@TempDir Path folder) throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("files"), "a file where the files folder should be");
        FileStore onBrokenDisk = new FileStore(jdbc, new DiskByteStore(notAFolder), clock);
        String name = "磁盘已满演练-" + System.nanoTime() + ".png";

        assertThatThrownBy(() -> tx.execute(status -> onBrokenDisk.store(new Upload(name, SubmissionTesting.image("png")), FilePolicy.IMAGES, "file")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("file");
                    assertThat(refusal.messageKey()).isEqualTo("file.error.notStored");
                    assertThat(refusal.args()).containsExactly(name);
                });
        assertThat(jdbc.sql("SELECT count(*) FROM stored_file WHERE original_name = :name").param("name", name).query(Long.class).single()).isZero();
        assertThat(folder).isDirectoryNotContaining("glob:**.part");
    }

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

    @Test
    void takesTheFormatsOfficesUseKeepingTheirNamesAndTellingTheirTypesByContent() throws Exception {
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("关于召开工作会议的通知.doc", ContentSnifferTest.office("notice.doc"));
        uploads.put("会议通知（WPS）.wps", ContentSnifferTest.office("notice.doc"));
        uploads.put("联络员名录.xls", ContentSnifferTest.office("roster.xls"));
        uploads.put("联络员名录.et", ContentSnifferTest.office("roster.xls"));
        uploads.put("会议议程.ppt", ContentSnifferTest.office("agenda.ppt"));
        uploads.put("会议议程.dps", ContentSnifferTest.office("agenda.ppt"));
        uploads.put("会议议程.pptx", ContentSnifferTest.office("agenda.pptx"));
        uploads.put("电子公文.ofd", ContentSnifferTest.ofd());
        uploads.put("材料汇编.zip", zip());

        List<StoredFile> stored = tx.execute(status -> uploads.entrySet().stream()
                .map(upload -> files.store(new Upload(upload.getKey(), upload.getValue()), FilePolicy.DOCUMENTS, "files")).toList());

        assertThat(stored).extracting(StoredFile::name, StoredFile::contentType).containsExactly(
                tuple("关于召开工作会议的通知.doc", "application/msword"),
                tuple("会议通知（WPS）.wps", "application/kswps"),
                tuple("联络员名录.xls", "application/vnd.ms-excel"),
                tuple("联络员名录.et", "application/kset"),
                tuple("会议议程.ppt", "application/vnd.ms-powerpoint"),
                tuple("会议议程.dps", "application/ksdps"),
                tuple("会议议程.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                tuple("电子公文.ofd", "application/ofd"),
                tuple("材料汇编.zip", "application/zip"));
    }

    @Test
    void aNameThatLiesIsCorrectedAndAFileThatPretendsIsRefused() throws Exception {
        byte[] xls = ContentSnifferTest.office("roster.xls");
        byte[] doc = ContentSnifferTest.office("notice.doc");
        StoredFile renamed = tx.execute(status -> files.store(new Upload("名录.doc", xls), FilePolicy.DOCUMENTS, "files"));

        assertThat(renamed.name()).isEqualTo("名录.xls");
        assertThatThrownBy(() -> tx.execute(status -> files.store(new Upload("通知.doc", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                FilePolicy.DOCUMENTS, "files")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("file.error.type"));
        assertThatThrownBy(() -> tx.execute(status -> files.store(new Upload("通知.doc", doc), FilePolicy.IMAGES, "cover")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("file.error.type"));
    }

    /** A file past the policy's size is refused by its size alone: its bytes are never read into memory. */
    @Test
    void aFileTooLargeIsRefusedWithoutBeingRead() {
        AtomicInteger reads = new AtomicInteger();
        MockMultipartFile video = new MockMultipartFile("files", "汇报视频.mp4", "video/mp4", new byte[0]) {
            @Override
            public long getSize() {
                return 119L * 1024 * 1024;
            }

            @Override
            public byte[] getBytes() {
                reads.incrementAndGet();
                return new byte[0];
            }

            @Override
            public InputStream getInputStream() {
                reads.incrementAndGet();
                return InputStream.nullInputStream();
            }
        };

        for (Upload upload : List.of(Upload.of(video), Upload.allOf(List.of(video)).get(0))) {
            assertThatThrownBy(() -> tx.execute(status -> files.store(upload, FilePolicy.DOCUMENTS, "files")))
                    .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("file.error.tooLarge");
                        assertThat(refusal.args()).containsExactly("汇报视频.mp4", 20L);
                    });
        }
        assertThatThrownBy(() -> tx.execute(status -> files.store(video, FilePolicy.IMAGES, "file")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.args()).containsExactly("汇报视频.mp4", 10L));
        assertThat(reads).as("the bytes read").hasValue(0);
    }

    @Test
    void aDocumentWithMacrosIsRefusedWithItsReason() throws Exception {
        byte[] docm = ContentSnifferTest.withEntry(ContentSnifferTest.docx(), "word/vbaProject.bin");

        assertThatThrownBy(() -> tx.execute(status -> files.store(new Upload("通知.docm", docm), FilePolicy.DOCUMENTS, "files")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("file.error.macros");
                    assertThat(refusal.field()).isEqualTo("files");
                });
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("材料/说明.txt"));
            zip.write("材料汇编".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
