package org.onedoor.device;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The administration page's words for moving a counter screen, renaming a device and the
 * revoked ones, Vietnamese first; English in messages/admdev_en.properties. The page's other
 * words are in AdminMessages. @counter, @name and @n are put in by the page's script.
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

    @Message("Đổi tên")
    String rename();

    @Message("Tên mới")
    String newName();

    @Message("Hủy")
    String cancel();

    @Message("Đã đổi tên thiết bị thành “@name”.")
    String renamed();

    /** The collapsed list of revoked devices, out of the way of the live ones. */
    @Message("Đã thu hồi (@n)")
    String revokedList();
}
