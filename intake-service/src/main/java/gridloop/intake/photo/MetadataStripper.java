package gridloop.intake.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegConstants;
import org.apache.commons.imaging.formats.jpeg.JpegUtils;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Takes everything but the picture out of a photo: EXIF (the GPS position above all, the camera, maker notes), XMP,
 * IPTC, comments and embedded thumbnails. A phone photo's EXIF often holds where its taker lives.
 * <ul>
 * <li>JPEG: losslessly. Commons Imaging walks the segments; only those the picture needs are kept (tables, frame,
 * scans, the JFIF header, the ICC colour profile, Adobe's colour transform), the entropy-coded data is copied as it
 * is up to the end-of-image marker (what a phone appends after it, e.g. a motion photo's video, is dropped). The
 * orientation is kept, as the only EXIF tag, so the photo still shows upright.</li>
 * <li>PNG: decoded and encoded again by the JDK's PNG codec, which is lossless and writes no text, time or EXIF
 * chunks.</li>
 * <li>WebP: the RIFF container's EXIF and XMP chunks are dropped and their flags cleared (Commons Imaging reads WebP
 * but writes none, and the JDK has no WebP codec); the image chunks are copied as they are.</li>
 * </ul>
 */
public final class MetadataStripper {

    private static final String JFIF = "JFIF\0";
    private static final String ICC_PROFILE = "ICC_PROFILE\0";
    private static final String ADOBE = "Adobe";
    /** WebP chunks that hold the picture; anything else (EXIF, XMP, unknown) goes. */
    private static final Set<String> WEBP_IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF",
            "ICCP");
    private static final int VP8X_EXIF_FLAG = 0x08;
    private static final int VP8X_XMP_FLAG = 0x04;

    private MetadataStripper() {
    }

    /** The photo without metadata; {@code orientation} (EXIF 1-8) is kept on a JPEG, the others ignore it. */
    public static byte[] strip(ImageFormat format, byte[] photo, int orientation) {
        try {
            return switch (format) {
                case JPEG -> withOrientation(jpegImageOnly(photo), orientation);
                case PNG -> pngPixelsOnly(photo);
                case WEBP -> webpImageOnly(photo);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpegImageOnly(byte[] photo) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(photo.length);
        out.write(0xff);
        out.write(0xd8);
        new JpegUtils().traverseJfif(ByteSource.array(photo), new JpegUtils.Visitor() {
            @Override
            public boolean beginSos() {
                return true;
            }

            @Override
            public void visitSos(int marker, byte[] markerBytes, byte[] imageData) {
                out.writeBytes(markerBytes);
                out.write(imageData, 0, endOfImage(imageData));
            }

            @Override
            public boolean visitSegment(int marker, byte[] markerBytes, int segmentLength, byte[] segmentLengthBytes,
                    byte[] segmentData) {
                if (picturePart(marker, segmentData)) {
                    out.writeBytes(markerBytes);
                    out.writeBytes(segmentLengthBytes);
                    out.writeBytes(segmentData);
                }
                return true;
            }
        });
        return out.toByteArray();
    }

    /** Every segment but application data and comments; of those, only the three that say how to draw the picture. */
    private static boolean picturePart(int marker, byte[] data) {
        if (marker == JpegConstants.COM_MARKER) {
            return false;
        }
        if (marker < JpegConstants.JPEG_APP0_MARKER || marker > JpegConstants.JPEG_APP15_MARKER) {
            return true;
        }
        return marker == JpegConstants.JPEG_APP0_MARKER && startsWith(data, JFIF)
                || marker == JpegConstants.JPEG_APP2_MARKER && startsWith(data, ICC_PROFILE)
                || marker == JpegConstants.JPEG_APP14_MARKER && startsWith(data, ADOBE);
    }

    /**
     * Where the image ends: just after the first end-of-image marker. Inside entropy-coded data a 0xFF byte is always
     * followed by 0x00 or a restart marker, so the first FF D9 is the image's own end.
     */
    static int endOfImage(byte[] imageData) {
        for (int i = 0; i + 1 < imageData.length; i++) {
            if ((imageData[i] & 0xff) == 0xff && (imageData[i + 1] & 0xff) == 0xd9) {
                return i + 2;
            }
        }
        return imageData.length;
    }

    private static byte[] withOrientation(byte[] jpeg, int orientation) throws IOException {
        if (orientation <= 1 || orientation > 8) {
            return jpeg;
        }
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 64);
        try {
            new ExifRewriter().updateExifMetadataLossy(jpeg, out, exif);
        } catch (ImagingException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pngPixelsOnly(byte[] photo) throws IOException {
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(photo));
        if (pixels == null) {
            throw new IOException("The PNG could not be decoded");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(photo.length);
        ImageIO.write(pixels, "png", out);
        return out.toByteArray();
    }

    private static byte[] webpImageOnly(byte[] photo) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(photo).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(photo.length);
        int at = 12;
        while (at + 8 <= photo.length) {
            String type = new String(photo, at, 4, StandardCharsets.ISO_8859_1);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            long padded = size + (size & 1);
            if (at + 8 + size > photo.length) {
                throw new IOException("A WebP chunk runs past the end of the file");
            }
            if (WEBP_IMAGE_CHUNKS.contains(type)) {
                byte[] chunk = java.util.Arrays.copyOfRange(photo, at, (int) Math.min(photo.length, at + 8 + padded));
                if (type.equals("VP8X") && size > 0) {
                    chunk[8] &= (byte) ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
                }
                chunks.writeBytes(chunk);
            }
            at += (int) (8 + padded);
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).put(body);
        return out.array();
    }

    private static boolean startsWith(byte[] data, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return data.length >= expected.length && java.util.Arrays.equals(data, 0, expected.length, expected, 0,
                expected.length);
    }
}
