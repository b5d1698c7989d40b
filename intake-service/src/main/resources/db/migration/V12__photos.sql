-- Photos: the metadata only; the bytes (stripped of EXIF, XMP, IPTC and comments) lie in the object store under
-- object_key, the thumbnail under thumbnail_key (null: none could be made, the photo itself serves). An upload
-- belongs to its uploader (uploader_role, uploader_id: the event contract's actor) until it is attached, once, to
-- an appeal: at submission (stage SUBMISSION) or with a closure report (stage CLOSURE). Unattached uploads are
-- deleted after 24 h, attached ones with the appeal's contact data (docs/data-protection.md).
create table photo (
    id            uuid        primary key,
    uploader_role text        not null,
    uploader_id   text        not null,
    media_type    text        not null,
    size_bytes    bigint      not null,
    width         int         not null,
    height        int         not null,
    object_key    text        not null,
    thumbnail_key text,
    uploaded_at   timestamptz not null,
    appeal_id     uuid        references appeal (id),
    stage         text,
    attached_at   timestamptz,
    constraint photo_attached_whole check ((appeal_id is null) = (stage is null) and (appeal_id is null) = (attached_at is null))
);
create index photo_of_appeal on photo (appeal_id, attached_at) where appeal_id is not null;
create index photo_unattached on photo (uploaded_at) where appeal_id is null;
