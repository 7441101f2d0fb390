package org.onedoor.center;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The administration page's words for a center's closed dates, Vietnamese first; English in
 * messages/admclosed_en.properties. @day and @n are put in by the page's script.
 */
@MessageBundle(value = "admclosed", locale = "vi")
public interface ClosedDayAdminMessages {

    @Message("Ngày nghỉ")
    String heading();

    @Message("Ngày lễ, Tết, ngày tập huấn, ngày chuyển trụ sở: trung tâm đóng cửa cả ngày, ki-ốt không cấp số, màn hình sảnh"
            + " báo ngày mở cửa lại. Chọn một ngày, hoặc từ ngày đến ngày (tối đa 31 ngày).")
    String hint();

    @Message("Từ ngày")
    String from();

    @Message("Đến ngày (nếu nghỉ nhiều ngày)")
    String to();

    @Message("Lý do")
    String reason();

    @Message("Nghỉ Tết Nguyên đán")
    String reasonExample();

    @Message("Thêm ngày nghỉ")
    String add();

    @Message("Ngày")
    String day();

    @Message("Bỏ ngày nghỉ")
    String remove();

    @Message("Đã thêm @n ngày nghỉ.")
    String added();

    @Message("Đã bỏ ngày nghỉ @day: trung tâm mở cửa ngày đó.")
    String removed();

    @Message("Chưa có ngày nghỉ nào sắp tới.")
    String none();
}
