// The umbrella: the shell, the CLI and the bench import the five engine layers through this one module.
// Layers, bottom up (nothing imports upward): DossierModel → DossierExtraction → DossierLanguage →
// DossierRendering → DossierNotebook.
@_exported import DossierModel
@_exported import DossierExtraction
@_exported import DossierLanguage
@_exported import DossierRendering
@_exported import DossierNotebook
