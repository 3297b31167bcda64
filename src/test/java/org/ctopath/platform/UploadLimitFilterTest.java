package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadLimitFilterTest {

    @Test
    void onlyMultipartPostsOverTheLimitAreStopped() {
        long over = UploadLimitFilter.MAX_REQUEST_BYTES + 1;
        assertTrue(UploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", over));
        assertFalse(UploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", UploadLimitFilter.MAX_REQUEST_BYTES));
        assertFalse(UploadLimitFilter.tooLarge("POST", "application/x-www-form-urlencoded", over));
        assertFalse(UploadLimitFilter.tooLarge("GET", null, -1));
    }
}
