package org.citybridge.platform.assets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssetsTest {

    @Test
    void onlyTheAddressesOfAssetsNameTheRelease() {
        Assets assets = new Assets("0123456789ab");

        assertThat(assets.of("/css/app.css")).isEqualTo("/assets/0123456789ab/css/app.css");
        assertThat(assets.of("/webjars/tinymce/tinymce.min.js")).isEqualTo("/assets/0123456789ab/webjars/tinymce/tinymce.min.js");
        assertThat(assets.of("/vendor/jsqr/jsQR.js")).isEqualTo("/assets/0123456789ab/vendor/jsqr/jsQR.js");
        assertThat(assets.of("/js/portal.js")).isEqualTo("/assets/0123456789ab/js/portal.js");
        assertThat(assets.of("/check-in-sw.js")).isEqualTo("/check-in-sw.js");
        assertThat(assets.of("/admin/css")).isEqualTo("/admin/css");
        assertThat(assets.of("/column/js-news")).isEqualTo("/column/js-news");
        assertThat(assets.of("https://example.org/css/x.css")).isEqualTo("https://example.org/css/x.css");
    }
}
