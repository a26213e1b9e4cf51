#pragma once

#include <QStringList>
#include <QTextStream>

namespace mla::cli {

// The signature commands of mla-writer-cli. Each takes the command's arguments with the program
// name first (as QCommandLineParser expects), prints results to @p out and errors to @p err, and
// returns an ExitCode.

/// sign IN.pdf --p12 FILE [--passphrase-env VAR] --out OUT.pdf [--reason ..] [--location ..]
///      [--contact ..] [--name ..] [--capacity ..] [--visible] [--subfilter etsi|pkcs7]
int runSignCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// verify FILE.pdf [--trust DIR] [--json]: 0 only when every signature is valid and the last
/// covers the whole file, 1 otherwise, 2 for usage errors and files that are not PDFs.
int runVerifyCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// training-cert --out DIR [--name NAME] [--passphrase-env VAR] [--key ec|rsa]
int runTrainingCertCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// The help lines of these commands, for mla-writer-cli --help.
QString signingCommandsHelp();

} // namespace mla::cli
