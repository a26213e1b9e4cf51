#include "export/docxwriter.h"

#include "export/docxbody.h"
#include "export/docxlayout.h"
#include "export/docxparts.h"
#include "export/docxxml.h"
#include "export/zipwriter.h"
#include "io/safesave.h"

#include <QCoreApplication>

namespace mla::core {

namespace {

using namespace docx;

QByteArray contentTypesPart()
{
    QByteArray xml = kXmlDeclaration;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    const auto override = [&xml](const char *part, const char *type) {
        xml += "<Override PartName=\"";
        xml += part;
        xml += "\" ContentType=\"";
        xml += type;
        xml += "\"/>";
    };
    override("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    override("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    override("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
    override("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
    override("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
    override("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    xml += "</Types>";
    return xml;
}

struct Relationship
{
    const char *id;
    const char *type;
    const char *target;
};

QByteArray relationshipsPart(const QList<Relationship> &relationships)
{
    QByteArray xml = kXmlDeclaration;
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (const Relationship &relationship : relationships) {
        xml += "<Relationship Id=\"";
        xml += relationship.id;
        xml += "\" Type=\"";
        xml += relationship.type;
        xml += "\" Target=\"";
        xml += relationship.target;
        xml += "\"/>";
    }
    xml += "</Relationships>";
    return xml;
}

/// The title and nothing else: no author, no last editor, no dates, nothing of the user or the
/// machine, which would travel with a letter sent abroad.
QByteArray corePropertiesPart(const ComposedDocument &document)
{
    QByteArray xml = kXmlDeclaration;
    xml += "<cp:coreProperties"
           " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
           " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
           " xmlns:dcterms=\"http://purl.org/dc/terms/\""
           " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
           " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    const QString title = printableText(document.title).simplified();
    if (!title.isEmpty()) {
        xml += "<dc:title>";
        appendEscaped(xml, title.toUtf8());
        xml += "</dc:title>";
    }
    xml += "</cp:coreProperties>";
    return xml;
}

QByteArray appPropertiesPart()
{
    QByteArray xml = kXmlDeclaration;
    xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>";
    xml += kApplication;
    xml += "</Application></Properties>";
    return xml;
}

QList<ZipEntry> packageParts(const ComposedDocument &document)
{
    const char *const officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const QByteArray styles = QByteArray(officeRelationships) + "styles";
    const QByteArray settings = QByteArray(officeRelationships) + "settings";
    const QByteArray numbering = QByteArray(officeRelationships) + "numbering";
    const QByteArray header = QByteArray(officeRelationships) + "header";
    const QByteArray footer = QByteArray(officeRelationships) + "footer";
    const QByteArray officeDocument = QByteArray(officeRelationships) + "officeDocument";
    const QByteArray extended = QByteArray(officeRelationships) + "extended-properties";

    // A fixed order of parts, as part of what makes the bytes reproducible.
    QList<ZipEntry> parts;
    parts.append({QStringLiteral("[Content_Types].xml"), contentTypesPart()});
    parts.append({QStringLiteral("_rels/.rels"),
                  relationshipsPart({
                      {"rIdDocument", officeDocument.constData(), "word/document.xml"},
                      {"rIdCore",
                       "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                       "docProps/core.xml"},
                      {"rIdApp", extended.constData(), "docProps/app.xml"},
                  })});
    parts.append({QStringLiteral("word/document.xml"), documentPart(document)});
    parts.append({QStringLiteral("word/_rels/document.xml.rels"),
                  relationshipsPart({
                      {"rIdStyles", styles.constData(), "styles.xml"},
                      {"rIdSettings", settings.constData(), "settings.xml"},
                      {"rIdNumbering", numbering.constData(), "numbering.xml"},
                      {"rIdHeader", header.constData(), "header1.xml"},
                      {"rIdFooter", footer.constData(), "footer1.xml"},
                  })});
    parts.append({QStringLiteral("word/styles.xml"), stylesPart(document)});
    parts.append({QStringLiteral("word/settings.xml"), settingsPart()});
    parts.append({QStringLiteral("word/numbering.xml"), numberingPart()});
    parts.append({QStringLiteral("word/header1.xml"), headerPart(document)});
    parts.append({QStringLiteral("word/footer1.xml"), footerPart(document)});
    parts.append({QStringLiteral("docProps/core.xml"), corePropertiesPart(document)});
    parts.append({QStringLiteral("docProps/app.xml"), appPropertiesPart()});
    return parts;
}

} // namespace

Result<QByteArray> renderDocx(const ComposedDocument &document)
{
    Result<QByteArray> archive = zipArchive(packageParts(document));
    if (!archive) {
        return makeError(ErrorCode::Export,
                         QCoreApplication::translate("DocxWriter", "The Word document could not be produced: %1")
                             .arg(archive.error().message));
    }
    return archive;
}

Result<void> writeDocx(const ComposedDocument &document, const QString &path)
{
    Result<QByteArray> bytes = renderDocx(document);
    if (!bytes) {
        return makeError(ErrorCode::Export,
                         QCoreApplication::translate("DocxWriter", "%1 could not be produced: %2")
                             .arg(path, bytes.error().message));
    }
    return SafeSave::write(path, *bytes);
}

} // namespace mla::core
