package org.onedoor.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the administration page, Vietnamese first; English in messages/adm_en.properties. */
@MessageBundle(value = "adm", locale = "vi")
public interface AdminMessages {

    @Message("Quản trị – OneDoor")
    String title();

    @Message("Quản trị")
    String heading();

    @Message("Thiết bị")
    String devices();

    @Message("Mã hiện trên thiết bị")
    String pairCode();

    @Message("Loại")
    String kind();

    @Message("Tên")
    String name();

    @Message("Quầy")
    String counter();

    @Message("Ghép nối")
    String pair();

    @Message("Thu hồi")
    String revoke();

    @Message("Đã thu hồi")
    String revoked();

    @Message("Thu hồi thiết bị này? Thiết bị sẽ bị ngắt kết nối ngay và không kết nối lại được nữa.")
    String confirmRevoke();

    @Message("Máy in phiếu")
    String printer();

    @Message("Không có (số chỉ hiện trên màn hình)")
    String noPrinter();

    @Message("Bộ cầu nối không hiện mã ghép nối: đặt tên rồi bấm Ghép nối, và chép hai dòng hiện ra vào tệp"
            + " bridge.properties của bộ cầu nối.")
    String bridgeHowTo();

    @Message("Ghép nối bộ cầu nối")
    String pairBridge();

    @Message("Mã của bộ cầu nối chỉ hiện một lần này. Chép vào bridge.properties rồi khởi động lại bộ cầu nối.")
    String bridgeTokenOnce();

    @Message("Liên lạc lần cuối")
    String lastSeen();

    @Message("Trực tuyến")
    String online();

    @Message("Chưa kết nối lần nào")
    String neverSeen();

    /** Shown by the browser with its own "match the format" when a code is refused before it is sent. */
    @Message("Chữ in hoa không dấu, chữ số hoặc dấu _ (ví dụ: HT, CHUNG_THUC)")
    String codeHint();

    @Message("Mã ngôn ngữ gồm 2–3 chữ thường không dấu (ví dụ: hmn, tay)")
    String languageHint();

    @Message("Chữ thường không dấu, chữ số hoặc dấu - (ví dụ: xa-tan-lap)")
    String centerCodeHint();

    /** The center form sent with no working day ticked. */
    @Message("Hãy chọn ít nhất một ngày làm việc trong tuần.")
    String noOpenDay();

    @Message("Hãy chọn ít nhất một lĩnh vực quầy phục vụ.")
    String noServedField();

    @Message("Trung tâm")
    String center();

    @Message("Tên trung tâm (trên màn hình sảnh, ki-ốt và phiếu)")
    String centerName();

    @Message("Dòng thông báo trên màn hình sảnh")
    String notice();

    @Message("Giờ mở cửa")
    String opens();

    @Message("Giờ đóng cửa")
    String closes();

    /** 00:00 to 00:00 read as a mistake (or as 12:00 AM, in an English browser) to a manager who meant "all day". */
    @Message("Mở và đóng cửa lúc 00:00 nghĩa là mở cả ngày (24 giờ).")
    String roundTheClock();

    @Message("Ngày làm việc")
    String days();

    @Message("Chính sách ưu tiên")
    String policy();

    @Message("Số lần phải gọi lại trước khi đánh dấu vắng mặt")
    String recalls();

    @Message("Số lượt thường trước một lượt ưu tiên")
    String ratio();

    @Message("Lưu")
    String save();

    @Message("Đã lưu")
    String saved();

    @Message("Lĩnh vực")
    String fields();

    @Message("Mã")
    String code();

    @Message("Tên tiếng Việt")
    String nameVi();

    @Message("Tên tiếng Anh")
    String nameEn();

    @Message("Chữ đầu số")
    String prefix();

    @Message("Màu")
    String colour();

    @Message("Hình")
    String pictogram();

    @Message("Giới hạn số/ngày")
    String cap();

    @Message("không giới hạn")
    String noCap();

    @Message("Đang nhận hồ sơ")
    String active();

    /** A priority group's switch: in use on the kiosks and the guidance desk, or not; it receives no files. */
    @Message("Đang áp dụng (hiện trên ki-ốt)")
    String groupActive();

    @Message("Phút phục vụ")
    String minutes();

    @Message("Quầy")
    String counters();

    @Message("Nhãn")
    String label();

    @Message("Lĩnh vực phục vụ (mã, cách nhau bởi dấu phẩy, chính trước)")
    String servedFields();

    @Message("Người dùng")
    String users();

    @Message("Tên đăng nhập")
    String username();

    @Message("Mật khẩu (ít nhất 8 ký tự)")
    String password();

    @Message("Vai trò")
    String role();

    @Message("Tạo")
    String create();

    @Message("Nhóm ưu tiên")
    String groups();

    @Message("Nhập danh mục thủ tục")
    String procedures();

    @Message("Dán CSV (code,name_vi,name_en,field,online_url,active; ngăn bằng dấu phẩy hoặc chấm phẩy) hoặc JSON")
    String importHint();

    @Message("Xem trước, chưa lưu gì: sẽ thêm @created thủ tục, sửa @updated, giữ nguyên @unchanged.")
    String importWould();

    @Message("Đã lưu: thêm @created thủ tục, sửa @updated, giữ nguyên @unchanged.")
    String importDid();

    @Message("@n dòng có lỗi, chưa lưu gì: sửa các dòng dưới đây trong tệp rồi xem trước lại.")
    String importRowsWrong();

    @Message("Thêm")
    String importAdded();

    @Message("Sửa")
    String importChanged();

    @Message("Không đọc các cột")
    String importIgnored();

    @Message("Xem trước")
    String preview();

    @Message("Nhập")
    String apply();

    @Message("Gói giọng đọc")
    String voice();

    @Message("Ngôn ngữ (mã, ví dụ hmn)")
    String language();

    @Message("Tệp âm thanh (tên tệp là từ, ví dụ mời.ogg)")
    String clip();

    @Message("Tải lên")
    String upload();

    @Message("từ còn thiếu")
    String missing();

    @Message("Nhật ký thao tác")
    String audit();

    @Message("Tải CSV")
    String download();

    @Message("Địa chỉ bảng LED")
    String display();

    @Message("Thêm trung tâm")
    String newCenter();

    /** The administrator's landing: every center, each with its pages. */
    @Message("Các trung tâm")
    String centers();

    @Message("Chưa có trung tâm nào. Hãy thêm trung tâm đầu tiên.")
    String noCenters();

    @Message("Quản trị")
    String manage();

    @Message("Quầy")
    String counterPage();

    @Message("Báo cáo")
    String reportsPage();

    @Message("Tình trạng phần cứng")
    String health();

    @Message("Sẵn sàng")
    String stateReady();

    @Message("Sắp hết giấy")
    String statePaperLow();

    @Message("Hết giấy")
    String stateOutOfPaper();

    @Message("Mất kết nối")
    String stateOffline();

    @Message("Lỗi")
    String stateError();

    /** A display line that works, with a board on it that does not answer. */
    @Message("Có bảng số không phản hồi")
    String boardsNotAnswering();

    @Message("Mẫu phiếu in")
    String ticketLayout();

    @Message("Dòng đầu phiếu (tối đa 4 dòng)")
    String layoutHeader();

    @Message("Dòng cuối phiếu (tối đa 4 dòng)")
    String layoutFooter();

    @Message("Logo (PNG hoặc JPEG, tối đa 256 KB)")
    String layoutLogo();

    @Message("Bỏ logo")
    String removeLogo();

    @Message("Phiếu mẫu")
    String samplePaper();

    // the labels of the codes the API expects (the <select> options send the code, show these)

    @Message("Màn hình sảnh")
    String kindHallScreen();

    @Message("Màn hình tại quầy")
    String kindCounterScreen();

    @Message("Máy lấy số tự động (kiosk)")
    String kindKiosk();

    @Message("Bộ điều khiển máy in và bảng LED")
    String kindBridge();

    @Message("Luôn gọi số ưu tiên trước")
    String policyStrict();

    @Message("Xen kẽ theo tỷ lệ")
    String policyRatio();

    @Message("Cán bộ tiếp nhận (tại quầy)")
    String roleOfficer();

    @Message("Cán bộ hướng dẫn")
    String roleGuide();

    @Message("Quản lý trung tâm")
    String roleManager();

    @Message("Quản trị viên")
    String roleAdmin();

    @Message("Tình trạng")
    String accountState();

    @Message("Đang dùng")
    String accountActive();

    @Message("Đã khóa")
    String accountDisabled();

    @Message("Mật khẩu mới")
    String newPassword();

    @Message("Đặt mật khẩu")
    String setPassword();

    @Message("Khóa")
    String disable();

    @Message("Sửa")
    String edit();

    @Message("Tên ngôn ngữ, viết bằng chính ngôn ngữ đó (Hmoob, Tày)")
    String packName();

    @Message("Đặt tên và cho dùng ở kiosk")
    String namePack();

    @Message("chưa có ở kiosk: ghi âm xong thì đặt tên ngôn ngữ để người dân chọn được")
    String packNotOffered();

    @Message("Đã bỏ quầy @counter khỏi sảnh.")
    String counterRetired();

    @Message("Bỏ quầy")
    String retireCounter();

    @Message("Bỏ quầy này khỏi sảnh? Quầy không còn trên màn hình, máy lấy số và danh sách; số đã phục vụ vẫn có trong báo cáo."
            + " Lưu lại số quầy này để đưa quầy trở lại.")
    String confirmRetire();

    @Message("Đã khóa tài khoản.")
    String switchedOff();

    @Message("Đã đóng quầy @counters.")
    String countersClosed();

    @Message("Quầy @counter tạm dừng, số @ticket vẫn ở quầy: một cán bộ khác mở quầy này để nhận và hoàn thành số đó.")
    String counterStillServing();

    @Message("Mở khóa")
    String enable();

    @Message("Đăng xuất mọi nơi")
    String signOutEverywhere();
}
