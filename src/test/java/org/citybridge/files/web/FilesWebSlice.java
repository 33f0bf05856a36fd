package org.citybridge.files.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The answer to an oversized upload, which the scanned {@code UploadLimitFilter} and {@code UploadLimitAdvice} need in a slice. */
@TestConfiguration(proxyBeanMethods = false)
@Import(UploadTooLarge.class)
public class FilesWebSlice {
}
