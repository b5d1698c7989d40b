package gridloop.intake.photo;

import java.util.Optional;

/** A photo ready to store: its bytes without metadata, what it is, and its thumbnail if one could be made. */
public record PreparedPhoto(ImageFormat format, byte[] bytes, int width, int height, Optional<byte[]> thumbnail) {
}
