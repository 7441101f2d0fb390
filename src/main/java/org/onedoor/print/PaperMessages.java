package org.onedoor.print;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words printed on a paper ticket, Vietnamese first; English in messages/paper_en.properties. */
@MessageBundle(value = "paper", locale = "vi")
public interface PaperMessages {

    /** The counters that serve the ticket's field: where it will be called, not a call to go now. */
    @Message("Quầy phục vụ: {counters}")
    String counters(String counters);

    /** The same for more than one counter (English says "counters"). */
    @Message("Quầy phục vụ: {counters}")
    String countersMany(String counters);

    @Message("Số người trước quý vị: {ahead}")
    String ahead(int ahead);

    @Message("Thời gian chờ khoảng {minutes} phút")
    String estimate(int minutes);

    @Message("Chưa có quầy nào mở; số sẽ được gọi khi quầy mở")
    String noCounterOpen();

    @Message("Quét mã để theo dõi lượt của quý vị")
    String track();

    @Message("Xin vui lòng chờ gọi số")
    String please();
}
