package gridloop.testkit;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** One address's mailbox on the test mail server, read over IMAP as any mail client would read it. */
public final class Mailbox {

    /** A message as the resident sees it: its subject, its text and its Message-ID. */
    public record Mail(String subject, String text, String messageId) {
    }

    private final String host;
    private final int port;
    private final String address;

    public Mailbox(String host, int port, String address) {
        this.host = host;
        this.port = port;
        this.address = address;
    }

    /** Every message in the inbox, oldest first. */
    public List<Mail> messages() {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", "imap");
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            // The test server does not check passwords: signing in as the address opens its box.
            store.connect(host, port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<Mail> mails = new ArrayList<>();
                    for (Message message : inbox.getMessages()) {
                        String[] id = message.getHeader("Message-ID");
                        mails.add(new Mail(message.getSubject(), String.valueOf(message.getContent()).trim(),
                                id == null ? null : id[0]));
                    }
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("IMAP read of " + address + " failed", e);
        }
    }
}
