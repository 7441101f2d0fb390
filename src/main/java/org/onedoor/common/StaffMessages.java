package org.onedoor.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the server-rendered staff pages, Vietnamese first; English in
 * messages/msg_en.properties. Templates use them as {msg:login_title}.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface StaffMessages {

    /** The page's language tag, for <html lang>. */
    @Message("vi")
    String lang();

    /** The header's switch to the other language, named in that language (so a reader of it finds it). */
    @Message("English")
    String language_switch();

    /** The language the switch leads to, for its hreflang and lang. */
    @Message("en")
    String language_other();

    /** The header's links between the staff pages (managers and administrators). */
    @Message("Các trang")
    String nav_label();

    @Message("Chỉ quản trị viên mới mở được trang của trung tâm khác ({asked}); đây là trang của trung tâm {own}.")
    String nav_onlyOwn(String asked, String own);

    @Message("Chỉ quản trị viên mới mở được trang của trung tâm khác; đây là trang của trung tâm {own}.")
    String nav_onlyOwnUnnamed(String own);

    @Message("Quầy làm việc")
    String nav_counter();

    @Message("Quản trị")
    String nav_admin();

    @Message("Báo cáo")
    String nav_reports();

    @Message("Bảng theo dõi")
    String nav_now();

    @Message("Đăng nhập – OneDoor")
    String login_title();

    @Message("Đăng nhập")
    String login_heading();

    @Message("Tên đăng nhập")
    String login_username();

    @Message("Mật khẩu")
    String login_password();

    @Message("Đăng nhập")
    String login_submit();

    @Message("Sai tên đăng nhập hoặc mật khẩu.")
    String login_failed();

    @Message("Đã nhập sai quá nhiều lần nên tạm thời chưa thể đăng nhập. Xin thử lại sau {minutes} phút.")
    String login_locked(long minutes);

    @Message("Đăng xuất")
    String logout();

    @Message("Quầy làm việc – OneDoor")
    String counter_title();

    @Message("Chọn quầy")
    String counter_pick();

    @Message("Quầy {n}")
    String counter_name(int n);

    @Message("Đang chờ")
    String counter_waiting();

    @Message("Chuyển riêng đến quầy này")
    String counter_sent_here();

    @Message("Số hiện tại")
    String counter_current();

    @Message("Không có số nào")
    String counter_none();

    /** Before the priority group of the citizen at the counter. */
    @Message("Ưu tiên")
    String counter_priority();

    /** Before the note a guidance officer wrote for the citizen (a wheelchair, a hearing aid). */
    @Message("Ghi chú")
    String counter_note();

    @Message("Gọi số tiếp theo")
    String action_next();

    @Message("Gọi lại")
    String action_recall();

    @Message("Bắt đầu phục vụ")
    String action_start();

    @Message("Hoàn thành")
    String action_complete();

    @Message("Vắng mặt")
    String action_noShow();

    @Message("Chuyển")
    String action_transfer();

    @Message("Gọi số")
    String action_call();

    @Message("Tạm nghỉ")
    String action_pause();

    @Message("Mở quầy")
    String action_open();

    @Message("Đóng quầy")
    String action_close();

    @Message("Thủ tục đã giải quyết: gõ tên hoặc mã (không bắt buộc)")
    String complete_procedure();

    @Message("Chuyển sang lĩnh vực")
    String transfer_field();

    @Message("hoặc sang quầy")
    String transfer_counter();

    @Message("Số cần gọi (ví dụ A023)")
    String call_code();

    @Message("Phiếu hẹn trả kết quả")
    String slip_title();

    @Message("Số biên nhận")
    String slip_receipt();

    @Message("Ngày hẹn trả")
    String slip_date();

    @Message("In phiếu hẹn")
    String slip_print();

    @Message("Thủ tục")
    String slip_procedure();

    @Message("Phím tắt: N gọi tiếp · R gọi lại · S bắt đầu · C hoàn thành · V vắng mặt · P tạm nghỉ")
    String counter_shortcuts();

    @Message("Mất kết nối – đang kết nối lại…")
    String counter_reconnecting();

    @Message("Không liên lạc được với máy chủ; việc vừa làm có thể đã được ghi. Xem lại trạng thái quầy rồi hãy thử lại.")
    String counter_unreachable();

    @Message("Không có ai đang chờ quầy này.")
    String counter_nobody_waiting();

    /** Why an action button is greyed out: under the actions, and as the button's tooltip. */
    @Message("Chưa có công dân nào được gọi tới quầy.")
    String why_no_citizen();

    @Message("Quầy đang tạm nghỉ: bấm «Mở quầy» để gọi số tiếp.")
    String why_next_paused();

    @Message("Quầy chưa mở: bấm «Mở quầy» trước khi gọi số.")
    String why_next_closed();

    @Message("Đang có công dân ở quầy: hoàn thành, đánh dấu vắng mặt hoặc chuyển vé rồi mới gọi số khác.")
    String why_next_busy();

    @Message("Bấm «Bắt đầu phục vụ» trước khi «Hoàn thành».")
    String why_complete_called();

    @Message("Công dân đã được phục vụ: không gọi lại hay đánh dấu vắng mặt được nữa.")
    String why_serving();

    /** The recalls the center asks before a no-show, still to make: one. */
    @Message("Gọi lại thêm 1 lần rồi mới đánh dấu vắng mặt được.")
    String why_no_show_once();

    /** The same, more than one (times is the page's @times). */
    @Message("Gọi lại thêm {times} lần rồi mới đánh dấu vắng mặt được.")
    String why_no_show_more(String times);

    /** Above the result slip: which citizen was just served (the code is the page's @code). */
    @Message("Đã phục vụ xong số {code}")
    String counter_done(String code);

    /** After a transfer, to a field; code and field are the page's @code and @field. */
    @Message("Đã chuyển số {code} sang lĩnh vực {field}.")
    String counter_transferred_field(String code, String field);

    @Message("Đã chuyển số {code} sang quầy {n}.")
    String counter_transferred_counter(String code, String n);

    @Message("Hiện chưa có quầy nào mở nhận số này: số sẽ được gọi khi có quầy mở.")
    String counter_transferred_not_open();

    @Message("Máy in phiếu {name}: {state}")
    String printer_alert(String name, String state);

    @Message("sắp hết giấy, xin thay cuộn giấy")
    String printer_paper_low();

    @Message("hết giấy, xin thay cuộn giấy ngay")
    String printer_out_of_paper();

    @Message("mất kết nối, công dân chỉ nhận số trên màn hình")
    String printer_offline();

    @Message("báo lỗi, xin kiểm tra máy in")
    String printer_error();

    @Message("Đã gọi")
    String state_called();

    @Message("Đang phục vụ")
    String state_serving();

    @Message("Quầy đang mở")
    String state_open();

    @Message("Quầy tạm nghỉ")
    String state_paused();

    @Message("Quầy đóng")
    String state_closed();

    /** The counter chosen on the workspace was taken off the floor: none is chosen now. */
    @Message("Quầy {counter} đã được bỏ khỏi sảnh. Hãy chọn quầy bạn ngồi.")
    String counter_removed(String counter);

    /** After the counter's state, when another officer holds the counter: opening it takes it over. */
    @Message("do {officer} phục vụ – bấm Mở quầy để nhận quầy")
    String counter_held_by(String officer);

    /** After a first press of Open on a counter another officer holds. */
    @Message("Quầy này đang do {officer} phục vụ. Bấm Mở quầy lần nữa để nhận quầy.")
    String counter_take_over(String officer);

    /** The same, with a citizen at the counter: the second press takes the citizen over too. */
    @Message("Quầy này đang do {officer} phục vụ, số {code} đang ở quầy. Bấm Mở quầy lần nữa để nhận quầy và số {code}.")
    String counter_take_over_ticket(String officer, String code);

    @Message("người chờ")
    String people_waiting();

    @Message("Đã hoàn thành số {code}")
    String completed(String code);

    @Message("Báo cáo – OneDoor")
    String report_title();

    @Message("Báo cáo")
    String report_heading();

    @Message("Tất cả trung tâm")
    String report_all();

    @Message("Từ ngày")
    String report_from();

    @Message("Đến ngày")
    String report_to();

    @Message("Xem")
    String report_show();

    @Message("Tải CSV")
    String report_csv();

    @Message("Tải Excel")
    String report_xlsx();

    /** The Excel report's first three columns: what part of the report a row is in, its code, its name. */
    @Message("Phần")
    String report_section();

    @Message("Mã")
    String report_key();

    @Message("Tên")
    String report_name();

    @Message("Tổng")
    String report_totals();

    @Message("Đã cấp")
    String report_issued();

    @Message("Đã phục vụ")
    String report_served();

    @Message("Vắng mặt")
    String report_noShow();

    @Message("Đã huỷ")
    String report_cancelled();

    @Message("Chưa xong (đang chờ hoặc ở quầy)")
    String report_unfinished();

    /** Empty tables under their headings read as a page that failed; this says there was nothing to count. */
    @Message("Không có số nào được cấp trong những ngày này, nên các bảng dưới đây để trống.")
    String report_noTickets();

    /**
     * Across centers the centers' table lists every center, with zeros when none issued a ticket:
     * "the tables below are empty" would be false of it.
     */
    @Message("Không trung tâm nào cấp số trong những ngày này: mỗi trung tâm có một dòng số 0 ở bảng đầu, các bảng khác để trống.")
    String report_noTicketsAnywhere();

    @Message("Theo trung tâm")
    String report_byCenter();

    @Message("Theo lĩnh vực")
    String report_byField();

    @Message("Theo quầy")
    String report_byCounter();

    @Message("Theo cán bộ")
    String report_byOfficer();

    @Message("Số phiếu")
    String report_tickets();

    @Message("Chờ TB (phút)")
    String report_avgWait();

    @Message("Chờ P90 (phút)")
    String report_p90Wait();

    @Message("Phục vụ TB (phút)")
    String report_avgService();

    @Message("Phục vụ P90 (phút)")
    String report_p90Service();

    @Message("Rất hài lòng")
    String report_very();

    @Message("Hài lòng")
    String report_satisfied();

    @Message("Không hài lòng")
    String report_unsatisfied();

    @Message("Lượt đến theo giờ")
    String report_arrivals();

    @Message("Kênh lấy số")
    String report_channels();

    /** A channel (org.onedoor.ticket.Channel) in words, for the report page and its Excel file; an unknown code as it is. */
    @Message("{#when code}{#is 'KIOSK'}Máy lấy số tự động (kiosk){#is 'GUIDE_DESK'}Bàn hướng dẫn"
            + "{#is 'APPOINTMENT'}Đặt lịch hẹn{#is 'API'}Hệ thống khác (API){#else}{code}{/when}")
    String report_channel(String code);

    @Message("Bảng theo dõi toàn tỉnh")
    String now_heading();

    /** A manager's dashboard: their own center only, not the province. */
    @Message("Bảng theo dõi trung tâm")
    String now_headingOwn();

    @Message("Trung tâm")
    String now_center();

    @Message("Đang chờ")
    String now_waiting();

    @Message("Chờ lâu nhất (phút)")
    String now_longest();

    @Message("Quầy mở")
    String now_open();

    @Message("Cấp hôm nay")
    String now_issued();

    @Message("Phục vụ hôm nay")
    String now_served();

    @Message("Người")
    String people();

    @Message("phút")
    String minutes();
}
