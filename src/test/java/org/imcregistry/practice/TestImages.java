package org.imcregistry.practice;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Photos for the tests: made here, so that what they carry (an EXIF block with a GPS position) is known. */
public final class TestImages {

    /** A 1×1 lossy WebP (the well-known feature-detection sample). */
    public static final byte[] WEBP = Base64.getDecoder().decode(
            "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    /** The camera serial number written into {@link #jpegWithExif}'s EXIF block. */
    public static final String SERIAL = "CAMSERIAL-4711-XYZ";

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] pngWithAlpha(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /**
     * A JPEG with an APP1 EXIF segment after its JFIF segment: IFD0 holds the camera's serial number
     * (BodySerialNumber) and a pointer to a GPS IFD with latitude 60° N, longitude 5° E, as a phone writes them.
     */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] serial = (SERIAL + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries (12 bytes each), then the next-IFD offset 0
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        int serialAt = gpsIfd + 2 + 3 * 12 + 4;
        int rationalsAt = serialAt + serial.length;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putShort((short) 0xA431).putShort((short) 2).putInt(serial.length).putInt(serialAt);
        tiff.putInt(0);
        // GPS IFD: GPSLatitudeRef "N", GPSLatitude 60/1 0/1 0/1, GPSLongitudeRef "E"
        tiff.putShort((short) 3);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(rationalsAt);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putInt(0);
        tiff.put(serial);
        tiff.putInt(60).putInt(1).putInt(0).putInt(1).putInt(0).putInt(1);
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiffBytes.length;
        // after the start marker and the JFIF segment (APP0), where a camera app that keeps JFIF puts its EXIF
        int app0End = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, app0End);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiffBytes);
        out.write(plain, app0End, plain.length - app0End);
        return out.toByteArray();
    }

    /**
     * A picture that compresses like a photograph (gradients and fine noise, different for every {@code seed}), so
     * that its JPEG has the size of a real photo's rather than of a flat drawing's.
     */
    public static BufferedImage photoLike(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        java.util.Random random = new java.util.Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(24);
                int red = (x * 255 / width + noise + seed * 7) & 0xFF;
                int green = (y * 255 / height + noise) & 0xFF;
                int blue = ((x + y + seed * 13) * 255 / (width + height) + noise) & 0xFF;
                pixels[y * width + x] = (red << 16) | (green << 8) | blue;
            }
        }
        return image;
    }

    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 110, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 200, 40, 200));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
