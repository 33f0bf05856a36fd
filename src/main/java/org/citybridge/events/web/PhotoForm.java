package org.citybridge.events.web;

import org.springframework.web.multipart.MultipartFile;

/** A photo of the event and its caption, as the report page's upload form sends them. */
public class PhotoForm {

    private MultipartFile file;
    private String caption = "";

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }
}
