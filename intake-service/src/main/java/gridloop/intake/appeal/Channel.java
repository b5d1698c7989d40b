package gridloop.intake.appeal;

/** How the appeal reached us. */
public enum Channel {
    APP, HOTLINE, PATROL, WEB
}
