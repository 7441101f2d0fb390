package org.onedoor.device;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The administration page's words for moving a counter screen, Vietnamese first; English in
 * messages/admdev_en.properties. The page's other words are in AdminMessages. @counter is put in
 * by the page's script.
 */
@MessageBundle(value = "admdev", locale = "vi")
public interface DeviceAdminMessages {

    @Message("Chuyển quầy")
    String move();

    @Message("Quầy mới")
    String newCounter();

    @Message("Chuyển màn hình này sang quầy @counter? Màn hình sẽ tự hiện quầy mới ngay, không cần ai đến máy; muốn đưa về thì chuyển lại.")
    String confirmMove();

    @Message("Đã chuyển màn hình sang quầy @counter.")
    String moved();
}
