package org.onedoor.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit log in words, Vietnamese first; English in messages/audit_en.properties. Each change
 * is worded from its route (see {@link AuditRoutes}), with the ticket's code, the account's or the
 * device's name in it; the page's filter and the CSV's headers are here too.
 */
@MessageBundle(value = "audit", locale = "vi")
public interface AuditWords {

    // ---- the center's settings and catalogue

    @Message("Tạo trung tâm {center}")
    String centerCreated(String center);

    @Message("Lưu cài đặt trung tâm")
    String centerSaved();

    @Message("Thêm ngày nghỉ")
    String closedDaysAdded();

    @Message("Bỏ ngày nghỉ {day}")
    String closedDayRemoved(String day);

    @Message("Lưu lĩnh vực {code}")
    String fieldSaved(String code);

    @Message("Nhập danh sách lĩnh vực từ tệp")
    String fieldsImported();

    @Message("Nhập danh sách thủ tục từ tệp")
    String proceduresImported();

    @Message("Lưu nhóm ưu tiên {code}")
    String priorityGroupSaved(String code);

    @Message("Lưu cài đặt quầy {counter}")
    String counterSaved(String counter);

    @Message("Bỏ quầy {counter} khỏi sảnh")
    String counterRetired(String counter);

    @Message("Lưu mẫu phiếu in")
    String layoutSaved();

    @Message("Đổi logo trên phiếu in")
    String logoSaved();

    @Message("Bỏ logo trên phiếu in")
    String logoRemoved();

    @Message("Lưu gói giọng đọc {language}")
    String voicePackSaved(String language);

    @Message("Tải lên tiếng đọc {file} của gói {language}")
    String voiceClipSaved(String language, String file);

    // ---- accounts and sign-ins

    @Message("Tạo tài khoản {who}")
    String userCreated(String who);

    /** {who} named as they are now: the line says the account was edited, the name it has since. */
    @Message("Sửa tên hoặc vai trò của tài khoản {who}")
    String userEdited(String who);

    @Message("Đặt mật khẩu mới cho {who}")
    String passwordSet(String who);

    @Message("Khóa tài khoản {who}")
    String userDisabled(String who);

    @Message("Mở khóa tài khoản {who}")
    String userEnabled(String who);

    @Message("Đăng xuất {who} trên mọi máy")
    String userSignedOut(String who);

    @Message("Đăng nhập")
    String signedIn();

    @Message("Đăng xuất")
    String signedOut();

    @Message("Đăng nhập sai tên hoặc mật khẩu, từ máy {from}")
    String signInRefused(String from);

    @Message("Đăng nhập sai quá nhiều lần: tạm khóa, từ máy {from}")
    String signInLocked(String from);

    /** The actor of a refused sign-in whose name no account has (the name itself is not kept). */
    @Message("(tên không có tài khoản)")
    String unknownName();

    // ---- devices

    @Message("Ghép thiết bị {device}")
    String devicePaired(String device);

    /** {device} by the name it has now: a line of an earlier rename names it so too. */
    @Message("Đổi tên thiết bị (nay là {device})")
    String deviceRenamed(String device);

    @Message("Thu hồi thiết bị {device}")
    String deviceRevoked(String device);

    @Message("Đổi máy in của {device}")
    String devicePrinterSet(String device);

    @Message("Chuyển {device} sang quầy khác")
    String deviceMoved(String device);

    @Message("Báo trạng thái máy in")
    String printerReported();

    // ---- tickets and counters on the floor

    @Message("Cấp số {code}")
    String ticketIssued(String code);

    @Message("Máy lấy số gửi lại yêu cầu đã được cấp số (không cấp thêm)")
    String ticketIssueRepeated();

    @Message("Nhận dải số dự phòng khi mất mạng")
    String leaseTaken();

    @Message("Nộp lại các số đã cấp khi mất mạng")
    String offlineHandedBack();

    @Message("Gọi số {code}")
    String ticketCalled(String code);

    @Message("Gọi số tiếp theo: không có ai đang chờ")
    String nobodyWaiting();

    @Message("Gọi lại số {code}")
    String ticketRecalled(String code);

    @Message("Bắt đầu phục vụ số {code}")
    String ticketStarted(String code);

    @Message("Hoàn thành số {code}")
    String ticketCompleted(String code);

    @Message("Đánh dấu vắng mặt số {code}")
    String ticketNoShow(String code);

    @Message("Hủy số {code}")
    String ticketCancelled(String code);

    @Message("Chuyển số {code} sang quầy khác")
    String ticketTransferred(String code);

    @Message("Công dân đánh giá số {code}")
    String ticketRated(String code);

    @Message("Mở quầy")
    String counterOpened();

    @Message("Tạm nghỉ quầy")
    String counterPaused();

    @Message("Đóng quầy")
    String counterClosed();

    // ---- around the words

    @Message("Quầy {counter}")
    String atCounter(String counter);

    @Message("Bị từ chối")
    String refused();

    @Message("Xong ({status})")
    String resultDone(int status);

    @Message("Bị từ chối ({status})")
    String resultRefused(int status);

    // ---- the kinds, as the page's filter and the CSV name them

    @Message("Thay đổi của quản lý (không gồm số thứ tự)")
    String kindManagement();

    @Message("Tất cả")
    String kindAll();

    @Message("Cài đặt và danh mục")
    String kindSettings();

    @Message("Tài khoản và đăng nhập")
    String kindAccounts();

    @Message("Thiết bị")
    String kindDevices();

    @Message("Số thứ tự và quầy")
    String kindTickets();

    @Message("Khác")
    String kindOther();

    // ---- the page

    @Message("Loại")
    String filterKind();

    @Message("Người thực hiện")
    String filterPerson();

    @Message("Mọi người")
    String everyone();

    @Message("Xem cũ hơn")
    String older();

    @Message("Không có dòng nào.")
    String nothing();

    @Message("Tải về CSV")
    String download();

    // ---- the CSV's headers

    @Message("Thời gian (giờ trung tâm)")
    String csvTime();

    @Message("Người thực hiện")
    String csvPerson();

    @Message("Tên đăng nhập")
    String csvUsername();

    @Message("Việc đã làm")
    String csvWhat();

    @Message("Quầy")
    String csvCounter();

    @Message("Loại")
    String csvKind();

    @Message("Kết quả")
    String csvResult();

    @Message("Phương thức")
    String csvMethod();

    @Message("Địa chỉ")
    String csvAddress();

    @Message("Thời điểm (UTC)")
    String csvUtc();
}
