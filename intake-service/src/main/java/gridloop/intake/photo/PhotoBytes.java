package gridloop.intake.photo;

/** A photo's stored bytes and their media type, to answer a GET with. */
public record PhotoBytes(String mediaType, byte[] bytes) {
}
