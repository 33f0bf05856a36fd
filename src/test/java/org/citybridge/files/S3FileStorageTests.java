package org.citybridge.files;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.importing.PendingImports;
import org.citybridge.files.storage.DiskByteStore;
import org.citybridge.files.storage.S3ByteStore;
import org.citybridge.shared.Role;
import org.citybridge.submissions.SubmissionTesting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application with its files in S3-compatible object storage: a real S3 server (S3Proxy on a transient blob
 * store, in this JVM, signature V4) that the test starts itself. Chengdu's liaison uploads a picture and an attachment,
 * downloads them with the headers local disk gives, deletes the draft and the objects go; refusals and a failed save
 * leave no object.
 */
@IntegrationTest
class S3FileStorageTests {

    private static final String BUCKET = "citybridge-files";
    private static final String ACCESS_KEY = "citybridge-test";
    private static final String SECRET_KEY = "s3-secret-" + UUID.randomUUID();
    private static final String CITY = "510100";
    private static S3Proxy server;
    private static URI endpoint;
    private static String liaison;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ByteStore bytes;
    @Autowired
    FileStore files;
    @Autowired
    FileDownloads downloads;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PendingImports pendingImports;
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) throws Exception {
        startServer();
        registry.add("citybridge.files.s3.endpoint", endpoint::toString);
        registry.add("citybridge.files.s3.bucket", () -> BUCKET);
        registry.add("citybridge.files.s3.access-key", () -> ACCESS_KEY);
        registry.add("citybridge.files.s3.secret-key", () -> SECRET_KEY);
        registry.add("citybridge.files.s3.path-style", () -> "true");
    }

    private static synchronized void startServer() throws Exception {
        if (server != null) {
            return;
        }
        Properties blobStore = new Properties();
        BlobStoreContext context = ContextBuilder.newBuilder("transient").overrides(blobStore)
                .build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, BUCKET);
        server = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        server.start();
        while (!"STARTED".equals(server.getState())) {
            Thread.onSpinWait();
        }
        endpoint = URI.create("http://127.0.0.1:" + server.getPort());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @BeforeEach
    void account() {
        if (liaison == null) {
            long person = fixtures.person("桶存联络员");
            fixtures.appoint(CITY, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
            liaison = fixtures.account(Role.LIAISON, CITY, null, person);
        }
    }

    @Test
    void theStoreInUseIsTheBucket() {
        assertThat(bytes).isInstanceOf(S3ByteStore.class);
    }

    @Test
    void aPictureAndAnAttachmentAreKeptAsObjectsServedWithTheUsualHeadersAndGoWithTheirDeletedDraft() throws Exception {
        Cookie city = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        byte[] png = SubmissionTesting.image("png");
        String upload = mvc.perform(multipart("/admin/submissions/media").cookie(city).with(csrf())
                        .file(new MockMultipartFile("file", "锦江夜景.png", "image/png", png)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID picture = UUID.fromString(SubmissionTesting.jsonField(upload, "id"));
        assertThat(objectExists(picture)).isTrue();

        String body = "<p>桶里的报告。</p><figure><img src=\"/media/" + picture + "\" alt=\"锦江夜景\"><figcaption>锦江</figcaption></figure>";
        String location = mvc.perform(multipart("/admin/submissions").cookie(city).with(csrf())
                        .file(new MockMultipartFile("attachments", "数据表.pdf", "application/pdf", SubmissionTesting.PDF))
                        .param("title", "对象存储草稿").param("kind", "CITY_NEWS").param("bodyHtml", body))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long draft = Long.parseLong(location.replace("/admin/submissions/", ""));
        UUID attachment = jdbc.sql("SELECT file_id FROM submission_attachment WHERE submission_id = :id")
                .param("id", draft).query(UUID.class).single();
        assertThat(objectExists(attachment)).isTrue();

        MockHttpServletResponse pdf = mvc.perform(get("/admin/submissions/" + draft + "/files/" + attachment).cookie(city))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentAsByteArray()).isEqualTo(SubmissionTesting.PDF);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Length")).isEqualTo(String.valueOf(SubmissionTesting.PDF.length));
        assertThat(pdf.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"___.pdf\"; filename*=UTF-8''%E6%95%B0%E6%8D%AE%E8%A1%A8.pdf");
        assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(pdf.getHeader("Cache-Control")).isEqualTo("no-cache, private");
        assertThat(pdf.getHeader("Accept-Ranges")).isEqualTo("bytes");

        MockHttpServletResponse part = mvc.perform(get("/admin/submissions/" + draft + "/files/" + attachment).cookie(city)
                .header("Range", "bytes=0-3")).andExpect(status().isPartialContent()).andReturn().getResponse();
        assertThat(part.getContentAsString()).isEqualTo("%PDF");
        assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 0-3/" + SubmissionTesting.PDF.length);

        MockHttpServletResponse image = mvc.perform(get("/media/" + picture).cookie(city))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(image.getContentAsByteArray()).isEqualTo(png);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getHeader("Content-Disposition")).startsWith("inline;");
        assertThat(image.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");

        mvc.perform(post("/admin/submissions/" + draft + "/delete").cookie(city).with(csrf()).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(objectExists(attachment)).isFalse();
        assertThat(objectExists(picture)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM stored_file WHERE id IN (:a, :p)").param("a", attachment)
                .param("p", picture).query(Long.class).single()).isZero();
        mvc.perform(get("/media/" + picture).cookie(city)).andExpect(status().isNotFound());
    }

    @Test
    void aFileOtherRowsStillUseStaysWhenItsDraftIsDeleted() throws Exception {
        Cookie city = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        long first = draftWithAttachment(city, "共用附件一");
        UUID shared = jdbc.sql("SELECT file_id FROM submission_attachment WHERE submission_id = :id")
                .param("id", first).query(UUID.class).single();
        long second = draftWithAttachment(city, "共用附件二");
        jdbc.sql("INSERT INTO submission_attachment (submission_id, file_id, position) VALUES (:id, :file, 9)")
                .param("id", second).param("file", shared).update();

        mvc.perform(post("/admin/submissions/" + first + "/delete").cookie(city).with(csrf()).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(objectExists(shared)).isTrue();
        mvc.perform(get("/admin/submissions/" + second + "/files/" + shared).cookie(city)).andExpect(status().isOk());
    }

    @Test
    void spoofedAndOversizedPicturesAreRefusedAsOnDiskAndLeaveNoObject() throws Exception {
        Cookie city = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        int objects = objects();
        long rows = jdbc.sql("SELECT count(*) FROM stored_file").query(Long.class).single();

        String php = mvc.perform(multipart("/admin/submissions/media").cookie(city).with(csrf())
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", SubmissionTesting.PHP_AS_JPG)))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(php).contains("photo.jpg").contains("不是允许的类型");
        String big = mvc.perform(multipart("/admin/submissions/media").cookie(city).with(csrf())
                        .file(new MockMultipartFile("file", "huge.png", "image/png", SubmissionTesting.oversizePng())))
                .andExpect(status().is(413)).andReturn().getResponse().getContentAsString();
        assertThat(big).contains("10 MB");

        assertThat(objects()).isEqualTo(objects);
        assertThat(jdbc.sql("SELECT count(*) FROM stored_file").query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void aSaveThatFailsAfterTheUploadLeavesNoObject() {
        int objects = objects();
        UUID[] kept = new UUID[1];

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            kept[0] = fixtures.asAdmin(() -> files.store(new Upload("会场.png", SubmissionTesting.image("png")),
                    FilePolicy.IMAGES, "file")).id();
            assertThat(objectExists(kept[0])).isTrue();
            throw new IllegalStateException("the rest of the save fails");
        })).hasMessage("the rest of the save fails");

        assertThat(objectExists(kept[0])).isFalse();
        assertThat(objects()).isEqualTo(objects);
        assertThat(jdbc.sql("SELECT count(*) FROM stored_file WHERE id = :id").param("id", kept[0])
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDownloadHasTheHeadersTheSameFileHasOnLocalDisk() throws Exception {
        byte[] png = SubmissionTesting.image("png");
        StoredFile file = tx.execute(status -> fixtures.asAdmin(() ->
                files.store(new Upload("会场 照片.png", png), FilePolicy.IMAGES, "file")));
        Path disk = Files.createTempDirectory("citybridge-disk");
        DiskByteStore diskBytes = new DiskByteStore(disk);
        String key = "files/" + file.id().toString().substring(0, 2) + "/" + file.id();
        diskBytes.put(key, new ByteArrayInputStream(png), png.length);
        FileDownloads onDisk = new FileDownloads(new FileStore(jdbc, diskBytes, clock));

        for (boolean download : List.of(true, false)) {
            for (boolean publicFile : List.of(true, false)) {
                ResponseEntity<Resource> fromBucket = downloads.serve(file, download, publicFile);
                ResponseEntity<Resource> fromDisk = onDisk.serve(file, download, publicFile);
                assertThat(fromBucket.getHeaders().toSingleValueMap()).isEqualTo(fromDisk.getHeaders().toSingleValueMap());
                try (var bucketIn = fromBucket.getBody().getInputStream(); var diskIn = fromDisk.getBody().getInputStream()) {
                    assertThat(bucketIn.readAllBytes()).isEqualTo(diskIn.readAllBytes()).isEqualTo(png);
                }
            }
        }
    }

    @Test
    void pendingRosterImportsAreKeptInTheBucketForEveryInstance() {
        byte[] roster = "城市,联络员\n成都市,王某\n".getBytes(StandardCharsets.UTF_8);
        String token = pendingImports.keep(roster, "D:\\名单\\联络员名单.csv");

        assertThat(objectExists("imports/" + token + ".upload")).isTrue();
        assertThat(pendingImports.find(token)).contains(roster);
        assertThat(pendingImports.name(token)).contains("联络员名单.csv");
        assertThat(pendingImports.holds(token)).isTrue();

        pendingImports.forget(token);
        assertThat(pendingImports.holds(token)).isFalse();
        assertThat(pendingImports.find(token)).isEmpty();
        assertThat(objectExists("imports/" + token + ".name")).isFalse();
        assertThat(pendingImports.find("not-a-token")).isEmpty();
    }

    @Test
    void readinessAsksTheBucket() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(authentication(org.citybridge.support.SignedIn.as(
                        new org.citybridge.shared.Actor("admin", Role.ADMIN, null, null, null)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.fileStorage.status").value("UP"));
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getContentAsString())
                .doesNotContain(SECRET_KEY).doesNotContain(BUCKET);
    }

    private long draftWithAttachment(Cookie city, String title) throws Exception {
        String location = mvc.perform(multipart("/admin/submissions").cookie(city).with(csrf())
                        .file(new MockMultipartFile("attachments", title + ".pdf", "application/pdf", SubmissionTesting.PDF))
                        .param("title", title).param("kind", "CITY_NEWS").param("bodyHtml", "<p>正文</p>"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replace("/admin/submissions/", ""));
    }

    private boolean objectExists(UUID file) {
        return objectExists("files/" + file.toString().substring(0, 2) + "/" + file);
    }

    /** Asked of the server with a client of the test's own, not through the application. */
    private boolean objectExists(String key) {
        try (S3Client s3 = client()) {
            return s3.listObjectsV2(request -> request.bucket(BUCKET).prefix(key)).contents().stream()
                    .anyMatch(object -> object.key().equals(key));
        }
    }

    private int objects() {
        try (S3Client s3 = client()) {
            return s3.listObjectsV2Paginator(request -> request.bucket(BUCKET).prefix("files/")).contents().stream()
                    .mapToInt(object -> 1).sum();
        }
    }

    private static S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).endpointOverride(endpoint)
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }
}
