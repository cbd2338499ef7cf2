package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/** A photo is decoded to be accepted, and what is stored is the server's own encoding: no EXIF, no GPS, no serial. */
class PhotoImagesTest {

    @Test
    void theStoredPhotoHasNoneOfTheUploadedFilesMetadata() throws Exception {
        byte[] uploaded = TestImages.jpegWithExif(2400, 1600);
        assertThat(TestImages.contains(uploaded, "Exif")).as("the upload carries EXIF").isTrue();
        assertThat(TestImages.contains(uploaded, TestImages.SERIAL)).isTrue();
        assertThat(app1Segments(uploaded)).as("the JDK's reader sees the EXIF segment").isEqualTo(1);

        PhotoImages.Processed stored = PhotoImages.process(uploaded);

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        for (byte[] size : new byte[][] {stored.display(), stored.thumbnail()}) {
            assertThat(TestImages.contains(size, "Exif")).isFalse();
            assertThat(TestImages.contains(size, TestImages.SERIAL)).isFalse();
            assertThat(app1Segments(size)).as("no APP1 (EXIF or XMP) segment").isZero();
        }
        BufferedImage display = ImageIO.read(new ByteArrayInputStream(stored.display()));
        assertThat(display.getWidth()).isEqualTo(PhotoImages.DISPLAY_EDGE);
        assertThat(display.getHeight()).isEqualTo(1067);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored.thumbnail())).getWidth())
                .isEqualTo(PhotoImages.THUMBNAIL_EDGE);
        assertThat(stored.width()).isEqualTo(1600);
    }

    @Test
    void pngAndWebpAreDecodedAndATransparentPictureStaysPng() {
        assertThat(PhotoImages.process(TestImages.png(300, 200)).contentType()).isEqualTo("image/jpeg");
        PhotoImages.Processed transparent = PhotoImages.process(TestImages.pngWithAlpha(300, 200));
        assertThat(transparent.contentType()).isEqualTo("image/png");
        assertThat(transparent.width()).as("smaller than the display size: kept as it is").isEqualTo(300);
        PhotoImages.Processed webp = PhotoImages.process(TestImages.WEBP);
        assertThat(webp.width()).isEqualTo(1);
        assertThat(webp.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsRefused() {
        assertThatThrownBy(() -> PhotoImages.process("not a photo at all, just text\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.photo.error.type"));
        byte[] truncated = Arrays.copyOf(TestImages.jpeg(400, 300), 300);
        assertThatThrownBy(() -> PhotoImages.process(truncated)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("practice.photo.error.undecodable"));
        byte[] pngHeaderThenText = Arrays.copyOf(TestImages.png(10, 10), 60);
        Arrays.fill(pngHeaderThenText, 33, 60, (byte) 'x');
        assertThatThrownBy(() -> PhotoImages.process(pngHeaderThenText)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> PhotoImages.process(new byte[0])).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("practice.photo.error.empty"));
    }

    @Test
    void tooLargeAFileOrAPictureIsRefusedBeforeDecoding() {
        byte[] big = Arrays.copyOf(TestImages.jpeg(10, 10), PhotoImages.MAX_BYTES + 1);
        assertThatThrownBy(() -> PhotoImages.process(big)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("practice.photo.error.too-big"));
        // a few hundred bytes that claim 100,000 × 100,000 pixels: decoding would need 40 GB
        byte[] bomb = TestImages.png(8, 8);
        ByteBuffer ihdr = ByteBuffer.wrap(bomb);
        ihdr.putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        ihdr.putInt(29, (int) crc.getValue());
        assertThatThrownBy(() -> PhotoImages.process(bomb)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("practice.photo.error.dimensions"));
    }

    /** How many APP1 segments the JDK's JPEG reader finds in the file's metadata. */
    private static int app1Segments(byte[] jpeg) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            return count(root);
        } finally {
            reader.dispose();
        }
    }

    private static int count(Node node) {
        int found = 0;
        if (node.getNodeName().equals("unknown") && node.getAttributes() != null
                && node.getAttributes().getNamedItem("MarkerTag") != null
                && node.getAttributes().getNamedItem("MarkerTag").getNodeValue().equals("225")) {
            found++;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            found += count(child);
        }
        return found;
    }
}
