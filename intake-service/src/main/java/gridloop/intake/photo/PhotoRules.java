package gridloop.intake.photo;

import gridloop.intake.messages.IntakeMessages;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;
import gridloop.support.problem.ProblemMessages;
import java.awt.Dimension;
import java.io.IOException;
import java.util.Map;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/**
 * What a photo must be to be taken, in the order it is checked: a JPEG, PNG or WebP by its bytes (else 415; a HEIC
 * photo is told to send JPEG), readable (else 422), and at most {@link #MAX_PIXELS} pixels by its header, before any
 * pixel is decoded (else 422): a small file can claim 50,000 x 50,000 pixels, ten gigabytes once decoded. The size in
 * bytes is held at the door, before the body is read (BodySizeLimit: 413 over 10 MiB). Then it is stripped of its
 * metadata and given a thumbnail.
 */
public final class PhotoRules {

    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_PER_APPEAL = 6;

    private PhotoRules() {
    }

    public static PreparedPhoto prepare(byte[] upload) {
        ImageFormat format = ImageFormat.of(upload).orElseThrow(() -> notAnImage(upload));
        Dimension size = sizeFromHeader(upload);
        if ((long) size.width * size.height > MAX_PIXELS) {
            throw ApiException.unprocessable("too-many-pixels", Text.of(IntakeMessages.class, IntakeMessages::photoTooLarge),
                    Text.of(IntakeMessages.class, m -> m.photoHasTooManyPixels(size.width, size.height, MAX_PIXELS / 1_000_000)),
                    null, Map.of("width", size.width, "height", size.height, "maxPixels", MAX_PIXELS));
        }
        int orientation = format == ImageFormat.JPEG ? orientation(upload) : 1;
        byte[] stripped;
        try {
            stripped = MetadataStripper.strip(format, upload, orientation);
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw unreadable();
        }
        boolean turned = orientation >= 5 && orientation <= 8;
        int width = turned ? size.height : size.width;
        int height = turned ? size.width : size.height;
        return new PreparedPhoto(format, stripped, width, height,
                Thumbnails.of(format, stripped, size.width, size.height, orientation));
    }

    private static ApiException notAnImage(byte[] upload) {
        boolean heif = ImageFormat.isHeif(upload);
        return new ApiException(415, heif ? "heic-not-taken" : "unsupported-image",
                Text.of(ProblemMessages.class, ProblemMessages::unsupportedMediaType),
                Text.of(IntakeMessages.class, heif ? IntakeMessages::sendJpegNotHeic : IntakeMessages::photoMustBeAnImage),
                null, Map.of("accepted", java.util.Arrays.stream(ImageFormat.values()).map(ImageFormat::mediaType).toList()));
    }

    private static Dimension sizeFromHeader(byte[] upload) {
        try {
            return Imaging.getImageSize(upload);
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    /** A multipart upload without its {@code file} part. */
    static ApiException noFile() {
        Text missing = Text.of(IntakeMessages.class, IntakeMessages::photoFileMissing);
        return ApiException.badRequest(missing, ApiException.violation("file", missing));
    }

    static ApiException unreadable() {
        return ApiException.unprocessable("unreadable-image", Text.of(IntakeMessages.class, IntakeMessages::photoUnreadable),
                Text.of(IntakeMessages.class, IntakeMessages::photoUnreadableDetail), null, null);
    }

    /** EXIF orientation 1-8, 1 (as taken) when there is none or it cannot be read. */
    private static int orientation(byte[] jpeg) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            if (metadata instanceof JpegImageMetadata exif) {
                TiffField field = exif.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
                return field == null ? 1 : field.getIntValue();
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable EXIF is dropped with the rest; the picture stays as stored.
        }
        return 1;
    }
}
