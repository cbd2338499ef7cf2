package org.imcregistry.practice;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.imcregistry.common.UserFacingException;

/**
 * Checks an uploaded photo by decoding it and makes the two sizes the registry serves. The bytes must be what they
 * claim (a JPEG, PNG or WebP by their first bytes, and decodable as that); the picture is then drawn anew and encoded
 * by the server, so nothing of the uploaded file but its pixels is kept: EXIF (GPS positions, camera serials), XMP,
 * ICC comments and whatever else a file carries stay behind.
 */
final class PhotoImages {

    /** The largest photo accepted: 5 MB. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Refused before decoding: a small file can claim a huge picture, which would take gigabytes to decode. */
    static final long MAX_PIXELS = 40_000_000;
    static final int DISPLAY_EDGE = 1600;
    static final int THUMBNAIL_EDGE = 400;

    /** A photo as stored: its display size and thumbnail, both encoded as {@code contentType}. */
    record Processed(String contentType, int width, int height, byte[] display, byte[] thumbnail) {
    }

    private PhotoImages() {
    }

    static Processed process(byte[] file) {
        if (file.length == 0) {
            throw new UserFacingException("practice.photo.error.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new UserFacingException("practice.photo.error.too-big", MAX_BYTES / (1024 * 1024));
        }
        return of(decode(file, formatOf(file)));
    }

    /** The two sizes of a decoded picture, encoded by the server. */
    static Processed of(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage display = scaled(image, DISPLAY_EDGE, alpha);
        BufferedImage thumbnail = scaled(image, THUMBNAIL_EDGE, alpha);
        // A picture with transparency stays PNG (JPEG has none); every other becomes a JPEG, the smallest to serve.
        String type = alpha ? "image/png" : "image/jpeg";
        return new Processed(type, display.getWidth(), display.getHeight(), encode(display, alpha),
                encode(thumbnail, alpha));
    }

    /** The format the first bytes announce; anything else (a text file named .jpg) is refused here. */
    static String formatOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        throw new UserFacingException("practice.photo.error.type");
    }

    private static BufferedImage decode(byte[] file, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS || pixels <= 0) {
                throw new UserFacingException("practice.photo.error.dimensions", MAX_PIXELS / 1_000_000);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UserFacingException refusal) {
                throw refusal;
            }
            // Truncated or corrupt data, or bytes that only start like an image: the file is not what it claims.
            throw new UserFacingException("practice.photo.error.undecodable");
        } finally {
            reader.dispose();
        }
    }

    /** The picture at most {@code edge} pixels on its longer side, drawn into a fresh image of plain RGB(A). */
    static BufferedImage scaled(BufferedImage image, int edge, boolean alpha) {
        double factor = Math.min(1.0, (double) edge / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, boolean png) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            // No metadata object is passed: the writer writes only what it needs to describe the pixels.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
