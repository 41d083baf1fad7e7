package dev.ruff.stdlib.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** The pixel operations behind the Image methods, on Java2D; each returns a new ARGB image. */
final class ImageOps {
    private ImageOps() {
    }

    private static BufferedImage argb(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    }

    static BufferedImage resize(BufferedImage src, int w, int h, boolean fit) {
        if (fit) {
            double scale = Math.min((double) w / src.getWidth(), (double) h / src.getHeight());
            w = Math.max(1, (int) Math.round(src.getWidth() * scale));
            h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        }
        BufferedImage out = argb(w, h);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage crop(BufferedImage src, int x, int y, int w, int h) {
        return transformed(src.getSubimage(x, y, w, h), w, h, new AffineTransform());
    }

    static BufferedImage rotate(BufferedImage src, int degrees) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean quarter = degrees != 180;
        int ow = quarter ? h : w;
        int oh = quarter ? w : h;
        AffineTransform t = new AffineTransform();
        t.translate(ow / 2.0, oh / 2.0);
        t.quadrantRotate(degrees / 90);
        t.translate(-w / 2.0, -h / 2.0);
        return transformed(src, ow, oh, t);
    }

    static BufferedImage flip(BufferedImage src, boolean horizontal) {
        int w = src.getWidth();
        int h = src.getHeight();
        AffineTransform t = horizontal ? new AffineTransform(-1, 0, 0, 1, w, 0) : new AffineTransform(1, 0, 0, -1, 0, h);
        return transformed(src, w, h, t);
    }

    private static BufferedImage transformed(BufferedImage src, int w, int h, AffineTransform t) {
        BufferedImage out = argb(w, h);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Luma by ITU-R BT.601 weights; alpha kept. */
    static BufferedImage grayscale(BufferedImage src) {
        return perPixel(src, (a, r, g, b) -> {
            int y = clamp(0.299 * r + 0.587 * g + 0.114 * b);
            return pack(a, y, y, y);
        });
    }

    /** {@code factor} scales every channel: 1.0 leaves the image as is, 1.5 brightens, 0.5 darkens. */
    static BufferedImage brightness(BufferedImage src, double factor) {
        return perPixel(src, (a, r, g, b) -> pack(a, clamp(r * factor), clamp(g * factor), clamp(b * factor)));
    }

    /** {@code factor} stretches channels around mid-grey: 1.0 leaves the image as is, 0 makes it flat grey. */
    static BufferedImage contrast(BufferedImage src, double factor) {
        return perPixel(src, (a, r, g, b) -> pack(a, clamp((r - 128) * factor + 128),
                clamp((g - 128) * factor + 128), clamp((b - 128) * factor + 128)));
    }

    /** A separable Gaussian blur; edges repeat the border pixel. */
    static BufferedImage blur(BufferedImage src, double sigma) {
        int w = src.getWidth();
        int h = src.getHeight();
        int[] pixels = src.getRGB(0, 0, w, h, null, 0, w);
        if (sigma <= 0) {
            BufferedImage copy = argb(w, h);
            copy.setRGB(0, 0, w, h, pixels, 0, w);
            return copy;
        }
        int radius = (int) Math.ceil(sigma * 3);
        double[] kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
        int[] pass = convolve(pixels, w, h, kernel, radius, true);
        int[] done = convolve(pass, w, h, kernel, radius, false);
        BufferedImage out = argb(w, h);
        out.setRGB(0, 0, w, h, done, 0, w);
        return out;
    }

    private static int[] convolve(int[] in, int w, int h, double[] kernel, int radius, boolean horizontal) {
        int[] out = new int[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double a = 0;
                double r = 0;
                double g = 0;
                double b = 0;
                for (int k = -radius; k <= radius; k++) {
                    int sx = horizontal ? Math.min(w - 1, Math.max(0, x + k)) : x;
                    int sy = horizontal ? y : Math.min(h - 1, Math.max(0, y + k));
                    int p = in[sy * w + sx];
                    double weight = kernel[k + radius];
                    a += weight * (p >>> 24);
                    r += weight * ((p >> 16) & 0xff);
                    g += weight * ((p >> 8) & 0xff);
                    b += weight * (p & 0xff);
                }
                out[y * w + x] = pack(clamp(a), clamp(r), clamp(g), clamp(b));
            }
        }
        return out;
    }

    /** An RGB copy (JPEG and BMP writers reject alpha). */
    static BufferedImage withoutAlpha(BufferedImage src) {
        if (!src.getColorModel().hasAlpha()) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private interface PixelMap {
        int apply(int a, int r, int g, int b);
    }

    private static BufferedImage perPixel(BufferedImage src, PixelMap f) {
        int w = src.getWidth();
        int h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            px[i] = f.apply(p >>> 24, (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
        }
        BufferedImage out = argb(w, h);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    private static int pack(int a, int r, int g, int b) {
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
