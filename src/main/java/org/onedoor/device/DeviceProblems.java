package org.onedoor.device;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the refusals of devices and their pairing, Vietnamese first; English in
 * messages/devproblem_en.properties. Answered as ProblemWords' are (see {@code Problem#conflict(Class,
 * java.util.function.Function)}), in the language the client reads.
 */
@MessageBundle(value = "devproblem", locale = "vi")
public interface DeviceProblems {

    @Message("Thiết bị “{name}” không phải màn hình quầy: chỉ màn hình quầy mới chuyển sang quầy khác được.")
    String notACounterScreen(String name);

    @Message("Màn hình “{name}” đã bị thu hồi nên không chuyển quầy được; hãy ghép nối lại màn hình ở quầy mới.")
    String revokedCannotMove(String name);

    @Message("Thiết bị “{name}” đã bị thu hồi nên không đổi tên được; thiết bị ghép nối lại sẽ nhận tên mới khi ghép.")
    String revokedCannotRename(String name);

    @Message("Chỉ màn hình quầy mới đứng ở một quầy; hãy để trống ô Quầy khi ghép nối thiết bị khác.")
    String onlyCounterScreenHasCounter();

    @Message("Quầy {number} đã bị bỏ khỏi sảnh: hãy lưu lại quầy {number} (mục Quầy) trước khi chuyển màn hình đến đó.")
    String counterRetired(int number);

    // ---- devices and pairing

    @Message("Không có thiết bị mã {id}.")
    String noDevice(String id);

    @Message("Trung tâm '{center}' không có thiết bị mã {id}.")
    String noDeviceInCenter(long id, String center);

    @Message("Màn hình quầy cần số của quầy.")
    String counterScreenNeedsCounter();

    @Message("Chỉ ki-ốt mới có máy in; hãy ghép nối chính bộ cầu nối là BRIDGE.")
    String onlyKioskHasPrinter();

    @Message("Bộ cầu nối không ghép nối bằng mã: trong trang Quản trị, hãy dùng mục Ghép nối bộ cầu nối (theo tên).")
    String bridgeNotByCode();

    @Message("Thiết bị {id} không phải bộ cầu nối đã ghép nối của trung tâm này.")
    String notABridge(String id);

    @Message("Quá nhiều thiết bị đang chờ ghép nối; xin thử lại sau vài phút.")
    String tooManyPairing();

    @Message("Đã nhập sai mã ghép nối {wrong} lần: xin đợi {minutes} phút rồi thử lại, và đọc mã trên màn hình của thiết bị.")
    String tooManyPairingTries(int wrong, long minutes);

    @Message("Xin hãy lấy mã mới.")
    String askCodeAgain();

    @Message("Không thiết bị nào đang hiện mã {code} (mã có hiệu lực mười phút).")
    String noDeviceShowsCode(String code);

    @Message("Yêu cầu ghép nối này không có hoặc đã hết hạn; hãy lấy mã mới.")
    String pairingUnknown();
}
