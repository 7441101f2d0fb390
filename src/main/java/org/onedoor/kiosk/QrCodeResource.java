package org.onedoor.kiosk;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;

/**
 * QR codes as SVG, drawn by the server: kiosks show tracking links and online-service pages as
 * QR codes with no script library and no internet. Sharp at any size, a few KB.
 */
@Path("/api/qr")
@Tag(name = "Kiosk")
public class QrCodeResource {

    static final int MAX_LENGTH = 512;

    @GET
    @Operation(summary = "A QR code of a short text (a link), as SVG")
    public Response qr(@QueryParam("data") String data) {
        if (data == null || data.isBlank() || data.length() > MAX_LENGTH) {
            throw Problem.badParameter("Give data=<text> of 1 to " + MAX_LENGTH + " characters.");
        }
        return Response.ok(svg(data), "image/svg+xml").header("Cache-Control", "public, max-age=86400").build();
    }

    static String svg(String data) {
        try {
            BitMatrix m = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw Problem.badParameter("This text does not fit in a QR code.");
        }
    }
}
