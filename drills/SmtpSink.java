import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/**
 * The drills' SMTP server: GreenMail (from the local Maven repository) on 127.0.0.1:PORT, writing every message it
 * has received as "recipient TAB subject" lines to FILE twice a second. Run with the source launcher:
 * java -cp <greenmail and jakarta.mail jars> drills/SmtpSink.java PORT FILE
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        System.out.println("SMTP sink listening on 127.0.0.1:" + port);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        while (true) {
            List<String> lines = new ArrayList<>();
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                Address[] to = message.getAllRecipients();
                lines.add((to == null ? "?" : to[0].toString()) + "\t" + message.getSubject());
            }
            Files.write(temporary, lines);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(500);
        }
    }
}
