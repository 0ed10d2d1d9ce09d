import DossierKit
print("dossier-bench")
