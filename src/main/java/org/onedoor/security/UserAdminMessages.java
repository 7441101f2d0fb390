package org.onedoor.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The administration page's words for editing a staff account, Vietnamese first; English in
 * messages/admuser_en.properties. The accounts' other words ("Sửa" too) are in AdminMessages. @user is put in
 * by the page's script.
 */
@MessageBundle(value = "admuser", locale = "vi")
public interface UserAdminMessages {

    @Message("Sửa tài khoản @user")
    String editing();

    @Message("Vai trò của chính bạn do quản trị viên (ADMIN) đổi; ở đây bạn sửa được tên hiển thị của mình.")
    String ownRole();

    @Message("Hủy")
    String cancel();

    @Message("Đã lưu tài khoản @user. Vai trò mới có hiệu lực ngay từ thao tác tiếp theo của người đó.")
    String edited();
}
