package gridloop.intake.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.PhonePhotos;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

/** The stripping rules on their own, without a service: what a WebP keeps, where a JPEG ends, how types are told. */
class MetadataStripperTest {

    /** A 1 x 1 lossless WebP (VP8L), the smallest there is. */
    private static final byte[] VP8L_PIXEL = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Test
    void aWebpLosesItsExifAndXmpChunksAndKeepsItsImageChunkAsItWas() throws Exception {
        byte[] vp8l = java.util.Arrays.copyOfRange(VP8L_PIXEL, 12, VP8L_PIXEL.length);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(PhonePhotos.LONGITUDE, PhonePhotos.LATITUDE);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, PhonePhotos.SECRET);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        new TiffImageWriterLossy().write(tiff, exif);
        byte[] vp8x = {0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] photo = riff(chunk("VP8X", vp8x), vp8l, chunk("EXIF", tiff.toByteArray()),
                chunk("XMP ", ("<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + PhonePhotos.SECRET + "</x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(ImageFormat.WEBP), ImageFormat.of(photo));
        assertTrue(PhonePhotos.metadataOf(photo).toString().contains("GPS"), PhonePhotos.metadataOf(photo).toString());

        byte[] stripped = MetadataStripper.strip(ImageFormat.WEBP, photo, 1);

        assertEquals(List.of("VP8X", "VP8L"), chunkTypes(stripped));
        assertEquals(0, stripped[20] & (0x08 | 0x04), "VP8X no longer announces EXIF or XMP");
        assertArrayEquals(vp8l, java.util.Arrays.copyOfRange(stripped, 12 + 18, stripped.length));
        assertEquals(stripped.length - 8, ByteBuffer.wrap(stripped, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        assertEquals(List.of(), PhonePhotos.metadataOf(stripped));
        assertTrue(!new String(stripped, StandardCharsets.ISO_8859_1).contains(PhonePhotos.SECRET));
    }

    @Test
    void whatAPhoneAppendsAfterTheEndOfTheJpegIsDropped() {
        byte[] jpeg = PhonePhotos.jpegWithGps(16, 16);
        byte[] motionPhoto = new byte[jpeg.length + 64];
        System.arraycopy(jpeg, 0, motionPhoto, 0, jpeg.length);
        System.arraycopy("ftypmp42 a video of the living room".getBytes(StandardCharsets.ISO_8859_1), 0, motionPhoto,
                jpeg.length, 35);
        byte[] stripped = MetadataStripper.strip(ImageFormat.JPEG, motionPhoto, 1);
        assertEquals(0xd9, stripped[stripped.length - 1] & 0xff);
        assertEquals(0xff, stripped[stripped.length - 2] & 0xff);
        assertArrayEquals(PhonePhotos.pixels(jpeg), PhonePhotos.pixels(stripped));
    }

    @Test
    void typesAreToldByTheirBytes() {
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.of(PhonePhotos.jpegWithGps(8, 8)));
        assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.of(PhonePhotos.pngWithText(8, 8)));
        assertEquals(Optional.empty(), ImageFormat.of("GIF89a".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ImageFormat.of(new byte[0]));
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), ImageFormat.of(heic));
        assertTrue(ImageFormat.isHeif(heic));
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteBuffer riff = ByteBuffer.allocate(12 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + body.size())
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).put(body.toByteArray());
        return riff.array();
    }

    private static List<String> chunkTypes(byte[] webp) {
        List<String> types = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 12; at + 8 <= webp.length; ) {
            types.add(new String(webp, at, 4, StandardCharsets.ISO_8859_1));
            int size = in.getInt(at + 4);
            at += 8 + size + (size & 1);
        }
        return types;
    }
}
