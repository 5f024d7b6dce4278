"""Every sentence ``scripts/publish`` (and the refused ``mkdocs gh-deploy``) shows: Vietnamese first,
then English, in plain words, each saying what happened, whether the site on the server changed, and
what to do. A line reads ``<where>: <Vietnamese> (EN: <English>)``, as the build's own messages do.
"""
from __future__ import annotations

KEPT_VI = "trang đang chạy vẫn giữ nguyên"
KEPT_EN = "the live site was left as it was"
USAGE_VI = ("Cách dùng: scripts/publish THƯ_MỤC_ĐÍCH, hoặc scripts/publish --rollback THƯ_MỤC_ĐÍCH để quay lại "
            "bản trước. THƯ_MỤC_ĐÍCH là một thư mục trên máy này (ví dụ /srv/hoctapsuotdoi) hoặc trên máy chủ "
            "qua SSH (ví dụ bientap@may-chu-web:/srv/hoctapsuotdoi).")
USAGE_EN = ("Usage: scripts/publish DEST, or scripts/publish --rollback DEST to put the previous release back. "
            "DEST is a folder on this computer (e.g. /srv/hoctapsuotdoi) or on a server over SSH "
            "(e.g. bientap@may-chu-web:/srv/hoctapsuotdoi).")
DEBIAN_PACKAGE = {"rsync": "rsync", "ssh": "openssh-client"}


def bilingual(where: object, vi: str, en: str) -> str:
    return f"{where}: {vi} (EN: {en})" if where else f"{vi} (EN: {en})"


def usage(problem_vi: str = "", problem_en: str = "") -> str:
    return bilingual("scripts/publish", f"{problem_vi} {USAGE_VI}".strip(), f"{problem_en} {USAGE_EN}".strip())


def bad_destination(text: str) -> str:
    return usage(f"không hiểu thư mục đích '{text}'.", f"cannot read the destination '{text}'.")


def site_url_refused(line: int, url: object, problem: str) -> str:
    where = f"mkdocs.yml:{line}" if line else "mkdocs.yml"
    fix_vi = ("Sửa thành địa chỉ thật mà người dân gõ để mở trang, ví dụ site_url: https://<tên miền của trang>/ "
              "(địa chỉ này được in trên băng rôn, mã QR và trong mọi liên kết), rồi chạy lại. Chưa đăng gì.")
    fix_en = ("Set it to the real address people type to open the site, e.g. site_url: https://<the site's domain>/ "
              "(it is printed on banners, QR codes and in every link), then run again. Nothing was published.")
    if problem == "example":
        return bilingual(where, f"site_url vẫn là địa chỉ ví dụ ({url}), không phải địa chỉ thật. {fix_vi}",
                         f"site_url is still an example address ({url}), not a real one. {fix_en}")
    if problem == "not-http":
        return bilingual(where, f"site_url '{url}' không phải địa chỉ web (phải bắt đầu bằng https:// hoặc http://). "
                         f"{fix_vi}", f"site_url '{url}' is not a web address (it must start with https:// or "
                         f"http://). {fix_en}")
    return bilingual(where, f"chưa có dòng site_url ghi thẳng một địa chỉ. {fix_vi}",
                     f"there is no site_url line with an address written out. {fix_en}")


def tool_missing(tool: str) -> str:
    package = DEBIAN_PACKAGE[tool]
    return bilingual(None, f"Máy này chưa có chương trình {tool}. Cài bằng lệnh: sudo apt-get install {package} "
                     f"(gói Debian {package}), rồi chạy lại. Chưa đăng gì.",
                     f"{tool} is not installed on this computer. Install it with: sudo apt-get install {package} "
                     f"(Debian package {package}), then run again. Nothing was published.")


def remote_rsync_missing(dest: str) -> str:
    return bilingual(dest, "máy chủ chưa có chương trình rsync. Nhờ người quản trị máy chủ cài: sudo apt-get install "
                     f"rsync, rồi chạy lại. Chưa đăng gì; {KEPT_VI}.",
                     "the server has no rsync. Ask its administrator to install it: sudo apt-get install rsync, then "
                     f"run again. Nothing was published; {KEPT_EN}.")


def ssh_failed(dest: str, host: str, detail: str) -> str:
    """Why the SSH connection failed, from ssh's own (English) last line, with what to do."""
    low = detail.lower()
    if "identification has changed" in low:
        vi = (f"khóa nhận diện của máy chủ {host} đã THAY ĐỔI: có thể máy chủ đã được cài lại, cũng có thể có kẻ mạo "
              "danh. Không đăng. Hỏi người quản trị máy chủ trước khi làm gì tiếp")
        en = (f"the identity key of {host} has CHANGED: the server may have been reinstalled, or someone may be "
              "impersonating it. Not publishing. Ask the server's administrator before doing anything else")
    elif "host key verification failed" in low:
        vi = (f"máy này chưa nhận diện máy chủ {host}. Đăng nhập thử một lần bằng lệnh: ssh {host} , so dấu vân tay "
              "(fingerprint) máy chủ hiện ra với dấu vân tay người quản trị đưa, đúng thì gõ yes; rồi chạy lại")
        en = (f"this computer does not know the server {host} yet. Log in once with: ssh {host} , compare the "
              "fingerprint it shows with the one the administrator gave you, type yes if they match; then run again")
    elif "permission denied" in low:
        vi = (f"máy chủ {host} từ chối đăng nhập (sai tài khoản, mật khẩu hoặc khóa SSH). Kiểm tra tên tài khoản "
              "trước dấu @ và nhờ người quản trị thêm khóa SSH của bạn, rồi chạy lại")
        en = (f"the server {host} refused the login (wrong account, password or SSH key). Check the account name "
              "before the @ and ask the administrator to add your SSH key, then run again")
    elif "could not resolve" in low or "name or service not known" in low:
        vi = f"không tìm thấy máy chủ tên {host}. Kiểm tra tên máy chủ (sau dấu @) và mạng, rồi chạy lại"
        en = f"no server named {host} was found. Check the server name (after the @) and the network, then run again"
    else:
        vi = f"không kết nối được tới máy chủ {host}. Kiểm tra mạng và tên máy chủ, rồi chạy lại"
        en = f"could not connect to the server {host}. Check the network and the server name, then run again"
    return bilingual(dest, f"{vi}. Chưa đăng gì; {KEPT_VI}. [ssh: {detail}]",
                     f"{en}. Nothing was published; {KEPT_EN}. [ssh: {detail}]")


def destination_error(dest: str, detail: str) -> str:
    return bilingual(dest, f"không đọc/ghi được thư mục đích. Kiểm tra đường dẫn và quyền ghi của tài khoản đang dùng, "
                     f"rồi chạy lại; {KEPT_VI}. [{detail}]",
                     f"cannot read or write the destination folder. Check the path and that the account in use may "
                     f"write there, then run again; {KEPT_EN}. [{detail}]")


def not_writable(dest: str) -> str:
    return bilingual(dest, "tài khoản đang dùng không được ghi vào thư mục này. Nhờ người quản trị cho tài khoản quyền "
                     f"ghi (hoặc chọn thư mục khác), rồi chạy lại. Chưa đăng gì; {KEPT_VI}.",
                     "the account in use may not write to this folder. Ask the administrator to give it write access "
                     f"(or choose another folder), then run again. Nothing was published; {KEPT_EN}.")


def not_a_folder(dest: str) -> str:
    return bilingual(dest, "đây là một tệp, không phải thư mục. Chọn một thư mục riêng cho trang, ví dụ "
                     "/srv/hoctapsuotdoi. Chưa đăng gì.",
                     "this is a file, not a folder. Choose a folder of its own for the site, e.g. /srv/hoctapsuotdoi. "
                     "Nothing was published.")


def foreign_content(dest: str, names: list[str]) -> str:
    shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
    return bilingual(dest, f"thư mục này đã có tệp khác ({shown}). Chọn một thư mục riêng cho trang (ví dụ "
                     "/srv/hoctapsuotdoi): lệnh chỉ tạo trong đó releases/, current và publish.log. Chưa đăng gì.",
                     f"this folder already holds other files ({shown}). Choose a folder of its own for the site (e.g. "
                     "/srv/hoctapsuotdoi): publishing only creates releases/, current and publish.log in it. "
                     "Nothing was published.")


def current_not_link(dest: str) -> str:
    return bilingual(f"{dest}/current", "đây là một thư mục thường, không phải liên kết tới một bản đã đăng, nên không "
                     "thay được trong một bước. Đổi tên nó (ví dụ thành current.cu), rồi chạy lại. Chưa đăng gì.",
                     "this is a plain folder, not a link to a published release, so it cannot be switched in one "
                     "step. Rename it (e.g. to current.old), then run again. Nothing was published.")


def building(folder: str) -> str:
    return bilingual(None, f"Đang dựng trang ở chế độ nghiêm ngặt vào thư mục tạm {folder} …",
                     f"Building the site (strict) into the temporary folder {folder} …")


def build_failed(dest: str) -> str:
    return bilingual(dest, f"trang có lỗi (xem các dòng ở trên), nên chưa chép gì lên đây; {KEPT_VI}. Sửa theo thông "
                     "báo rồi chạy lại lệnh.",
                     f"the site has errors (see the lines above), so nothing was copied here; {KEPT_EN}. Fix what the "
                     "messages say, then run the command again.")


def uploading(dest: str, release: str, files: int, size: int) -> str:
    mib = f"{size / 1048576:.1f}"
    return bilingual(dest, f"đang chép bản {release} ({files} tệp, {mib} MiB) …",
                     f"copying release {release} ({files} files, {mib} MiB) …")


def upload_failed(dest: str, detail: str) -> str:
    return bilingual(dest, f"chép bị lỗi giữa chừng; bản chép dở đã được bỏ, {KEPT_VI}. Kiểm tra mạng và chỗ trống "
                     f"trên máy chủ, rồi chạy lại. [{detail}]",
                     f"copying failed part-way; the partial copy was discarded, {KEPT_EN}. Check the network and the "
                     f"free space on the server, then run again. [{detail}]")


def published(dest: str, release: str, digest: str, commit: str | None, kept: int) -> str:
    source_vi = f"mã nguồn commit {commit[:12]}" if commit else "không phải bản git"
    source_en = f"source commit {commit[:12]}" if commit else "not a git checkout"
    return bilingual(dest, f"đã đăng. current → releases/{release} (nội dung sha256 {digest[:12]}, {source_vi}); "
                     f"giữ {kept} bản gần nhất. Quay lại bản trước: scripts/publish --rollback {dest}",
                     f"published. current → releases/{release} (content sha256 {digest[:12]}, {source_en}); the "
                     f"{kept} newest releases are kept. To put the previous one back: scripts/publish --rollback {dest}")


def prune_failed(dest: str, detail: str) -> str:
    return bilingual(dest, f"đã đăng, nhưng chưa xóa được bản cũ; lần đăng sau sẽ xóa lại. [{detail}]",
                     f"published, but old releases could not be removed; the next publish retries. [{detail}]")


def nothing_published(dest: str) -> str:
    return bilingual(dest, "ở đây chưa có bản nào được đăng, nên không có gì để quay lại.",
                     "nothing has been published here, so there is nothing to put back.")


def no_previous(dest: str, current: str | None) -> str:
    return bilingual(dest, f"không có bản nào trước bản đang chạy ({current}) để quay lại; {KEPT_VI}.",
                     f"there is no release before the live one ({current}) to put back; {KEPT_EN}.")


def rolled_back(dest: str, previous: str, record: dict, bad: str) -> str:
    when = record.get("published_at", "?")
    commit = (record.get("source_commit") or "-")[:12]
    return bilingual(dest, f"đã quay lại bản {previous} (đăng lúc {when}, commit {commit}). Bản vừa gỡ được giữ ở "
                     f"releases/{bad}.rolled-back đến lần đăng sau.",
                     f"rolled back to release {previous} (published {when}, commit {commit}). The release taken "
                     f"down is kept as releases/{bad}.rolled-back until the next publish.")


def switched_by_someone_else(dest: str, detail: str) -> str:
    return bilingual(dest, f"không chuyển được sang bản mới, có thể vì một người khác đang đăng cùng lúc; {KEPT_VI}. "
                     f"Chạy lại lệnh. [{detail}]",
                     f"could not switch to the new release, perhaps because someone else is publishing at the same "
                     f"time; {KEPT_EN}. Run the command again. [{detail}]")


def site_url_ok(url: str) -> str:
    return bilingual("mkdocs.yml", f"site_url là {url}: có thể đăng.", f"site_url is {url}: ready to publish.")


def gh_deploy_refused() -> str:
    return bilingual(
        "mkdocs gh-deploy",
        "trang này không đăng bằng lệnh này: nó đẩy thẳng bản dựng trên máy lên nhánh gh-pages, không kiểm tra "
        "site_url, không dựng ở chế độ nghiêm ngặt và không giữ bản trước để quay lại. Đăng lên máy chủ của mình: "
        "scripts/publish THƯ_MỤC_ĐÍCH (Hướng dẫn biên tập, mục “Đưa trang lên mạng”). Đăng trên GitHub Pages hoặc "
        "Forgejo: dùng mẫu trong hosting/ci/ (xem README). Chưa đăng gì.",
        "this site is not published with this command: it pushes the local build straight to the gh-pages branch, "
        "without checking site_url, without a strict build and without a previous release to go back to. To publish "
        "on your own server: scripts/publish DEST (staff guide, section “Publishing”). For GitHub Pages or Forgejo: "
        "use a template in hosting/ci/ (see the README). Nothing was published.",
    )
