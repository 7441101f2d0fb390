package org.onedoor.print;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.floor.TicketPrint;

/** Draws paper tickets: the citizen's words around the figures, and the center's own layout. */
@ApplicationScoped
public class TicketPapers {

    /** An 80 mm ticket, the size every kiosk printer we know of takes. */
    public BufferedImage picture(TicketPrint print, PaperLayout layout, String serverUrl) {
        return picture(print, layout, serverUrl, TicketRaster.WIDTH_80MM);
    }

    /** A ticket {@code width} dots wide, words in the citizen's language (Vietnamese if we have none). */
    public BufferedImage picture(TicketPrint print, PaperLayout layout, String serverUrl, int width) {
        String lang = "en".equals(print.language()) ? "en" : "vi";
        PaperMessages m = MessageBundles.get(PaperMessages.class, Localized.Literal.of(lang));
        TicketRaster.Words words = new TicketRaster.Words() {
            @Override
            public String counters(String counters) {
                return counters.contains(",") ? m.countersMany(counters) : m.counters(counters);
            }

            @Override
            public String ahead(int ahead) {
                return m.ahead(ahead);
            }

            @Override
            public String estimate(int minutes) {
                return m.estimate(minutes);
            }

            @Override
            public String noCounterOpen() {
                return m.noCounterOpen();
            }

            @Override
            public String track() {
                return m.track();
            }
        };
        List<String> footer = new ArrayList<>();
        footer.add(m.please());
        footer.addAll(layout.footer());
        return TicketRaster.render(print, serverUrl + print.trackingPath(), width, words, layout.logo(), layout.header(),
                footer);
    }
}
