package gridloop.intake.notification;

/** Where a notification goes besides the in-app inbox, which always has it. */
public enum Channel {
    EMAIL, SMS
}
