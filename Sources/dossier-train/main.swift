import DossierModel
import Foundation

// Trains the tagger's weights: `dossier-train --pos FILE.conllu... --ner FILE.iob2... [--test-pos F] [--test-ner F]
// [--out DIR]`. Deterministic: the same files give the same weights. See README (Tagger) and
// scripts/train-tagger.sh, which fetches nothing and reads the treebank files it is given.
var options = TaggerTrainer.Options()
var mode = ""
for arg in CommandLine.arguments.dropFirst() {
    if arg == "--ner-from-conllu" {
        options.nerFromConllu = true
        continue
    }
    if arg.hasPrefix("--") {
        mode = arg
        continue
    }
    switch mode {
    case "--pos": options.posFiles.append(arg)
    case "--ner": options.nerFiles.append(arg)
    case "--test-pos": options.posTestFiles.append(arg)
    case "--test-ner": options.nerTestFiles.append(arg)
    case "--out": options.output = arg
    case "--pos-epochs": options.posEpochs = Int(arg) ?? options.posEpochs
    case "--ner-epochs": options.nerEpochs = Int(arg) ?? options.nerEpochs
    case "--pos-bits": options.posBits = Int(arg).map { min(max($0, 8), 24) } ?? options.posBits
    case "--ner-bits": options.nerBits = Int(arg).map { min(max($0, 8), 24) } ?? options.nerBits
    default:
        FileHandle.standardError.write(Data("dossier-train: unexpected argument \(arg)\n".utf8))
        exit(2)
    }
}
do {
    let report = try TaggerTrainer.run(options) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    print(report, terminator: "")
} catch {
    FileHandle.standardError.write(Data("dossier-train: \(error)\n".utf8))
    exit(1)
}
