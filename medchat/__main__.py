"""python -m medchat train: retrain the triage's learned model and rewrite its JSON."""
import sys

from medchat.learned import MODEL_PATH, train

if __name__ == "__main__":
    if sys.argv[1:] != ["train"]:
        sys.exit("usage: python -m medchat train")
    model = train()
    print(f"wrote {MODEL_PATH} ({model['meta']['features']} features, "
          f"{model['meta']['messages']} messages)")
