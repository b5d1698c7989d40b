package gridloop.intake.notification.sms;

/** The port to an SMS provider: sends one message or throws (the relay tries again later). Called off the event loop. */
public interface SmsSender {

    void send(SmsMessage message);
}
