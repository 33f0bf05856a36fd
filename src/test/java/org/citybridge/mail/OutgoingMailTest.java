package org.citybridge.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingMailTest {

    private static final MailAttachment ICS = new MailAttachment("会议日程.ics", "text/calendar; charset=UTF-8",
            "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8));

    @Test
    void aMailWithoutAttachmentsHasAnEmptyListAndTheListGivenIsCopied() {
        assertThat(new OutgoingMail("a@example.cn", "主题", "正文", "t").attachments()).isEmpty();
        assertThat(new OutgoingMail("a@example.cn", "主题", "正文", "t", null).attachments()).isEmpty();
        List<MailAttachment> given = new ArrayList<>(List.of(ICS));
        OutgoingMail mail = new OutgoingMail("a@example.cn", "主题", "正文", "t", given);
        given.clear();
        assertThat(mail.attachments()).containsExactly(ICS);
    }

    @Test
    void anAttachmentKeepsItsOwnCopyOfTheBytesAndComparesByThem() {
        byte[] content = {1, 2, 3};
        MailAttachment attachment = new MailAttachment("a.bin", "application/octet-stream", content);
        content[0] = 9;
        attachment.content()[1] = 9;
        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment).isEqualTo(new MailAttachment("a.bin", "application/octet-stream", new byte[]{1, 2, 3}))
                .hasSameHashCodeAs(new MailAttachment("a.bin", "application/octet-stream", new byte[]{1, 2, 3}));
        assertThat(attachment.toString()).isEqualTo("MailAttachment[a.bin, application/octet-stream, 3 bytes]");
    }

    @Test
    void anAttachmentNeedsAFileNameWithoutPathAndAMediaType() {
        assertThatThrownBy(() -> new MailAttachment(" ", "text/plain", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("../etc/passwd", "text/plain", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.txt", "text", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachmentsTogetherAreCappedAtTenMegabytes() {
        MailAttachment half = new MailAttachment("a.pdf", "application/pdf", new byte[OutgoingMail.MAX_ATTACHMENT_BYTES / 2]);
        assertThat(new OutgoingMail("a@example.cn", "s", "b", "t", List.of(half, half)).attachments()).hasSize(2);
        MailAttachment more = new MailAttachment("b.pdf", "application/pdf", new byte[1]);
        assertThatThrownBy(() -> new OutgoingMail("a@example.cn", "s", "b", "t", List.of(half, half, more)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
