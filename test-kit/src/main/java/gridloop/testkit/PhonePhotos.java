package gridloop.testkit;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.png.AbstractPngText;
import org.apache.commons.imaging.formats.png.PngImagingParameters;
import org.apache.commons.imaging.formats.png.PngWriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photos as a phone takes them, made in the test: a JPEG with EXIF (the GPS position of where it was taken, the
 * camera's make and model, the date), XMP and a comment; a PNG with text chunks. And the other side: what metadata
 * a stored photo still carries, read by metadata-extractor, and its decoded pixels.
 */
public final class PhonePhotos {

    /** Where the resident lives: what must never leave the upload. */
    public static final double LATITUDE = 29.5971;
    public static final double LONGITUDE = 106.2234;
    public static final String SECRET = "resident-home-secret";

    private PhonePhotos() {
    }

    /** A JPEG of {@code width} x {@code height} with GPS, camera, date, XMP and a comment. */
    public static byte[] jpegWithGps(int width, int height) {
        return jpegWithGps(width, height, 1);
    }

    /** The same, with an EXIF orientation (1-8). */
    public static byte[] jpegWithGps(int width, int height, int orientation) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(picture(width, height), "jpeg", plain);
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "GridPhone");
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "GP-" + SECRET);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:12:07 08:30:00");
            exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_USER_COMMENT, SECRET);
            ByteArrayOutputStream withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), withExif, exif);
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
                    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                            + "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/' dc:creator='" + SECRET
                            + "'/></rdf:RDF></x:xmpmeta>");
            return withComment(withXmp.toByteArray(), SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A photo as heavy as a phone's: smooth colour with sensor-like noise, so that 4000 x 3000 pixels weigh about
     * 3 MB as a JPEG, with GPS in its EXIF.
     */
    public static byte[] heavyJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(49) - 24;
                int red = clamp(x * 255 / width + noise);
                int green = clamp(y * 255 / height + noise);
                int blue = clamp(128 + noise);
                image.setRGB(x, y, red << 16 | green << 8 | blue);
            }
        }
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", plain);
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** A PNG with tEXt chunks naming the author and where it was taken. */
    public static byte[] pngWithText(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngImagingParameters parameters = new PngImagingParameters();
            parameters.setTextChunks(List.of(new AbstractPngText.Text("Author", SECRET),
                    new AbstractPngText.Text("Comment", "taken at " + LATITUDE + "," + LONGITUDE)));
            new PngWriter().writeImage(picture(width, height), out, parameters, null);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims {@code width} x {@code height} pixels and that holds almost nothing. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Every metadata tag left in the image, as "directory: tag = value" (the file type's own facts excluded). */
    public static List<String> metadataOf(byte[] image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
            List<String> found = new ArrayList<>();
            for (Directory directory : metadata.getDirectories()) {
                String name = directory.getName();
                if (name.equals("File Type") || name.startsWith("JPEG") && !name.contains("Comment")
                        || name.equals("JFIF") || name.equals("Huffman") || name.startsWith("PNG-IHDR")
                        || name.startsWith("PNG-sRGB") || name.startsWith("PNG-gAMA") || name.startsWith("PNG-pHYs")
                        || name.startsWith("PNG-cHRM") || name.equals("WebP")) {
                    continue;
                }
                for (Tag tag : directory.getTags()) {
                    found.add(name + ": " + tag.getTagName() + " = " + tag.getDescription());
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException("metadata-extractor could not read the image", e);
        }
    }

    /** The decoded pixels, ARGB, row by row. */
    public static int[] pixels(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            return decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 110, 200), width, height, new Color(230, 190, 60)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        return image;
    }

    private static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + text.length + 4);
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xfe);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xff);
        out.writeBytes(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
